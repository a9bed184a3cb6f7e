using System.IO.Enumeration;

namespace Publisher.Core.Paths;

/// <summary>
/// Every file under a folder, without going down into folders that are symbolic links: .NET's own
/// recursive enumeration follows them, so a link to <c>/usr</c> would list the whole system and a link
/// to <c>..</c> would go round until the path grows too long. Links to files are listed (as links).
/// </summary>
public static class FolderFiles
{
    public static IEnumerable<string> Under(string folder) =>
        new FileSystemEnumerable<string>(folder, (ref FileSystemEntry entry) => entry.ToFullPath(),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory,
            ShouldRecursePredicate = (ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
        };
}
