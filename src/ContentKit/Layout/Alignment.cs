namespace ContentKit.Layout;

/// <summary>Where children sit on the cross axis (<c>align</c>) or an element in its cell (<c>align-self</c>).</summary>
internal enum Align
{
    Stretch,
    Start,
    Center,
    End,
}

/// <summary>How free space on the main axis is shared (<c>justify</c>).</summary>
internal enum Justify
{
    Start,
    Center,
    End,
    SpaceBetween,
    SpaceAround,
    SpaceEvenly,
}
