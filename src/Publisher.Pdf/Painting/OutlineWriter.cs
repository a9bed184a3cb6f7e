using Publisher.Pdf.Rendering;
using Publisher.Typesetting.Contents;
using Publisher.Pdf.Writer;

namespace Publisher.Pdf.Painting;

/// <summary>The bookmarks (ISO 32000-1 §12.3.3): a tree of outline items, each opening a named destination.</summary>
internal static class OutlineWriter
{
    /// <returns>The outline's root, or null when there are no entries.</returns>
    public static PdfRef? Write(PdfFile file, IReadOnlyList<OutlineEntry> entries)
    {
        if (entries.Count == 0) return null;
        // Parent of each entry: the nearest earlier entry that stands shallower (-1: the root).
        var parent = new int[entries.Count];
        var stack = new Stack<int>();
        for (var i = 0; i < entries.Count; i++)
        {
            while (stack.Count > 0 && entries[stack.Peek()].Depth >= entries[i].Depth) stack.Pop();
            parent[i] = stack.Count > 0 ? stack.Peek() : -1;
            stack.Push(i);
        }
        // Index 0 holds the root's children and descendant count, index i + 1 entry i's.
        var children = new List<int>[entries.Count + 1];
        for (var i = 0; i <= entries.Count; i++) children[i] = [];
        for (var i = 0; i < entries.Count; i++) children[parent[i] + 1].Add(i);
        var descendants = new int[entries.Count + 1];
        for (var i = entries.Count - 1; i >= 0; i--) descendants[parent[i] + 1] += 1 + descendants[i + 1];

        var root = file.Allocate();
        var items = entries.Select(_ => file.Allocate()).ToArray();
        PdfRef Ref(int i) => i < 0 ? root : items[i];

        var top = children[0];
        file.Write(root, new PdfDict("Outlines") { { "First", items[top[0]] }, { "Last", items[top[^1]] }, { "Count", descendants[0] } });
        for (var i = 0; i < entries.Count; i++)
        {
            var siblings = children[parent[i] + 1];
            var at = siblings.IndexOf(i);
            var kids = children[i + 1];
            var item = new PdfDict { { "Title", new PdfText(entries[i].Title) }, { "Parent", Ref(parent[i]) } };
            if (at > 0) item.Add("Prev", items[siblings[at - 1]]);
            if (at + 1 < siblings.Count) item.Add("Next", items[siblings[at + 1]]);
            if (kids.Count > 0)
            {
                item.Add("First", items[kids[0]]);
                item.Add("Last", items[kids[^1]]);
                item.Add("Count", descendants[i + 1]);
            }
            item.Add("Dest", PdfNames.Destination(entries[i].Destination));
            file.Write(items[i], item);
        }
        return root;
    }
}
