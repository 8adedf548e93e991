using System.Text.RegularExpressions;
using ContentKit.Drawing;
using ContentKit.Templates;
using ContentKit.Templates.Functions;

namespace ContentKit.Authoring;

/// <summary>
/// A copy of a template pack under a new id, ready to edit (<c>contentkit templates new</c>): every file of its folder,
/// its manifest's id and title changed, and its sample data, with the photos and other files its rows name, copied
/// beside it as <c>contoh.csv</c> (or whatever type the sample is), so the copy renders at once.
/// Stateless; safe to call from several threads (each call makes its own folder).
/// </summary>
public static partial class TemplateCopy
{
    /// <summary>The name a copied sample data file gets in the new folder, before its extension.</summary>
    public const string SampleName = "contoh";

    /// <summary>Copies <paramref name="source"/> into a new folder <paramref name="id"/> under <paramref name="parentFolder"/>.</summary>
    /// <param name="source">The template to copy.</param>
    /// <param name="id">The new id, also the folder name: lowercase letters and digits, hyphens between words.</param>
    /// <param name="parentFolder">Where the new folder goes.</param>
    /// <returns>The copy, loaded and checked.</returns>
    /// <exception cref="ContentKitException">The id is not valid, the folder exists and is not empty, or the copy does not load; nothing is left behind.</exception>
    public static Template Create(Template source, string id, string parentFolder)
    {
        ArgumentNullException.ThrowIfNull(source);
        ThrowIfNotId(id);
        var folder = Path.Combine(Path.GetFullPath(parentFolder), id);
        StagedFolder.Create(folder, staging =>
        {
            CopyFiles(source.Folder, staging);
            var values = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["id"] = id,
                ["title"] = $"{source.Manifest.Title} ({id})",
            };

            // A sample inside the template's folder came with its files; one outside it (as the built-in ones are) is brought in.
            if (SampleData.Of(source) is { } sample && AssetResolver.Confine(source.Folder, Path.GetRelativePath(source.Folder, sample.Path)) is null)
            {
                var name = SampleName + Path.GetExtension(sample.Path);
                File.Copy(sample.Path, Path.Combine(staging, name));
                SampleData.Copy(sample.FilesNamedBy(sample.Sheet.Rows), staging);
                values["sample"] = name;
            }

            ManifestEdit.Set(Path.Combine(staging, Template.ManifestFile), values);
            Template.Load(staging);
        });
        return Template.Load(folder);
    }

    /// <summary>Refuses a name that cannot be a template id, suggesting one made from it.</summary>
    internal static void ThrowIfNotId(string id)
    {
        if (!Id().IsMatch(id))
        {
            var suggestion = IndonesianFormat.Slug(id) is { Length: > 0 } slug && Id().IsMatch(slug) ? slug : "pengumuman-dinkes";
            throw ContentKitException.WithFix(Localized.Format(Messages.Authoring_BadId, id), Localized.Format(Messages.Authoring_BadId_Fix, suggestion));
        }
    }

    /// <summary>The regular files under <paramref name="from"/>, folders and all; links, FIFOs and devices are left out.</summary>
    private static void CopyFiles(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint }))
        {
            if (FileKinds.Of(file) == FileKind.Regular)
            {
                var target = Path.Combine(to, Path.GetRelativePath(from, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex Id();
}
