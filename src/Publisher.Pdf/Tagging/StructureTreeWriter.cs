using Publisher.Layout.Structure;
using Publisher.Pdf.Writer;

namespace Publisher.Pdf.Tagging;

/// <summary>
/// The PDF's structure tree (ISO 32000-1 §14.7): a StructElem per structure element that reached a page, its
/// kids in the order they first appear (the pages' reading order: marked content on pages, link annotations,
/// child elements), the parent tree that leads from each page's marked-content ids and each annotation back to
/// its element, and the StructTreeRoot. Elements only made (the front matter of an earlier layout pass) and
/// never painted are not written.
/// </summary>
internal sealed class StructureTreeWriter(PdfFile file)
{
    private sealed class Node(PdfRef reference)
    {
        public PdfRef Reference { get; } = reference;
        public PdfArray Kids { get; } = [];
        /// <summary>The page of the element's first marked content: its /Pg, so that content there is a bare id.</summary>
        public PdfRef? Page { get; set; }
    }

    private readonly Dictionary<StructureElement, Node> _nodes = new(ReferenceEqualityComparer.Instance);
    private readonly List<StructureElement> _order = [];
    private readonly PdfArray _rootKids = [];
    private readonly PdfArray _parentTree = [];
    private int _nextKey;
    private int _notes;

    /// <summary>Records a page's marked content; the value for the page's /StructParents.</summary>
    public int AddPage(PdfRef page, IReadOnlyList<StructureElement> marked)
    {
        var parents = new PdfArray();
        for (var mcid = 0; mcid < marked.Count; mcid++)
        {
            var node = Attach(marked[mcid]);
            node.Page ??= page;
            // Content on the element's own page is its id alone; on another page a reference that names the page.
            node.Kids.Add(node.Page == page ? mcid : new PdfDict("MCR") { { "Pg", page }, { "MCID", mcid } });
            parents.Add(node.Reference);
        }
        return AddParents(parents);
    }

    /// <summary>
    /// A link annotation, referred to by its Link element (which holds the link's text too), or, where the item
    /// is a whole block's (a contents line), by a Link element of its own in that block's; the value for the
    /// annotation's /StructParent.
    /// </summary>
    public int AddLink(PdfRef page, PdfRef annotation, StructureElement element)
    {
        var link = element.Role == StructureRole.Link ? element : new StructureElement(StructureRole.Link, element);
        var node = Attach(link);
        node.Kids.Add(new PdfDict("OBJR") { { "Pg", page }, { "Obj", annotation } });
        return AddParents(node.Reference);
    }

    private int AddParents(object parents)
    {
        _parentTree.Add(_nextKey);
        _parentTree.Add(parents);
        return _nextKey++;
    }

    /// <summary>The element's node, made (and added to its parent's kids, and so on up) the first time it is met.</summary>
    private Node Attach(StructureElement element)
    {
        if (_nodes.TryGetValue(element, out var node)) return node;
        node = new Node(file.Allocate());
        _nodes[element] = node;
        _order.Add(element);
        if (element.Parent is { } parent) Attach(parent).Kids.Add(node.Reference);
        else _rootKids.Add(node.Reference);
        return node;
    }

    /// <summary>Writes the elements and the root; the StructTreeRoot for the catalog, null when nothing was tagged.</summary>
    public PdfRef? Finish()
    {
        if (_order.Count == 0) return null;
        var root = file.Allocate();
        foreach (var element in _order)
        {
            var node = _nodes[element];
            var dict = new PdfDict("StructElem")
            {
                { "S", new PdfName(element.Role.ToString()) },
                { "P", element.Parent is { } parent ? _nodes[parent].Reference : root },
                { "K", node.Kids },
            };
            if (node.Page is { } first) dict.Add("Pg", first);
            if (element.Alt is { } alt) dict.Add("Alt", new PdfText(alt));
            // PDF/UA asks each note for an id of its own (ISO 14289-1 7.9).
            if (element.Role == StructureRole.Note) dict.Add("ID", new PdfText($"note-{++_notes}"));
            if (element.Language is { } language) dict.Add("Lang", new PdfText(language));
            if (element.Role == StructureRole.TH)
                dict.Add("A", new PdfDict { { "O", new PdfName("Table") }, { "Scope", new PdfName(element.HeadsColumn ? "Column" : "Row") } });
            file.Write(node.Reference, dict);
        }
        file.Write(root, new PdfDict("StructTreeRoot")
        {
            { "K", _rootKids.Count == 1 ? _rootKids[0] : _rootKids },
            { "ParentTree", file.Add(new PdfDict { { "Nums", _parentTree } }) },
            { "ParentTreeNextKey", _nextKey },
        });
        return root;
    }
}
