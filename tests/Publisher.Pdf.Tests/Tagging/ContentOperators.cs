namespace Publisher.Pdf.Tests.Tagging;

/// <summary>The operators of a content stream, each with how deep in marked content it stands.</summary>
internal static class ContentOperators
{
    /// <summary>Operators that put marks on the page: paths filled or stroked, shadings, XObjects, text.</summary>
    public static readonly HashSet<string> Painting = ["f", "F", "f*", "S", "s", "B", "B*", "b", "b*", "sh", "Do", "Tj", "TJ", "'", "\""];

    public static IEnumerable<(string Operator, int Depth)> Read(string content)
    {
        var depth = 0;
        var i = 0;
        while (i < content.Length)
        {
            var c = content[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            switch (c)
            {
                case '%':
                    while (i < content.Length && content[i] != '\n') i++;
                    continue;
                case '(':
                    SkipString(content, ref i);
                    continue;
                case '<' when i + 1 < content.Length && content[i + 1] == '<':
                case '>' when i + 1 < content.Length && content[i + 1] == '>':
                    i += 2;
                    continue;
                case '<':
                    i = content.IndexOf('>', i) + 1;
                    continue;
                case '[' or ']' or '{' or '}':
                    i++;
                    continue;
                case '/':
                    i++;
                    while (i < content.Length && !IsDelimiter(content[i])) i++;
                    continue;
            }
            var start = i;
            while (i < content.Length && !IsDelimiter(content[i])) i++;
            if (i == start) { i++; continue; }
            var token = content[start..i];
            if (double.TryParse(token, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _)) continue;
            if (token is "true" or "false" or "null") continue;
            if (token is "EMC") depth--;
            yield return (token, depth);
            if (token is "BDC" or "BMC") depth++;
        }
    }

    private static bool IsDelimiter(char c) => char.IsWhiteSpace(c) || c is '(' or ')' or '<' or '>' or '[' or ']' or '{' or '}' or '/' or '%';

    private static void SkipString(string content, ref int i)
    {
        var nesting = 0;
        for (; i < content.Length; i++)
        {
            var c = content[i];
            if (c == '\\') { i++; continue; }
            if (c == '(') nesting++;
            else if (c == ')' && --nesting == 0) { i++; return; }
        }
    }
}
