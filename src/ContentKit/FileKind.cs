namespace ContentKit;

/// <summary>What a path names, as far as reading it goes: only a <see cref="Regular"/> file is ever opened.</summary>
internal enum FileKind
{
    /// <summary>Nothing is there.</summary>
    Missing,

    /// <summary>An ordinary file, with a size and an end.</summary>
    Regular,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>A named pipe (FIFO), device or socket: reading it may block forever or never end.</summary>
    Special,
}
