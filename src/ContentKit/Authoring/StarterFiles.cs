namespace ContentKit.Authoring;

/// <summary>What <see cref="StarterFolder.Create"/> made. Immutable; safe to share between threads.</summary>
/// <param name="Folder">The starter folder.</param>
/// <param name="Workbook">The workbook's file name inside it.</param>
/// <param name="Csv">The CSV's file name inside it.</param>
/// <param name="Command">The command that renders the workbook, run inside the folder.</param>
public sealed record StarterFiles(string Folder, string Workbook, string Csv, string Command);
