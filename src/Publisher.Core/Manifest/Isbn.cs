namespace Publisher.Core.Manifest;

/// <summary>
/// Checks an ISBN as printed on an imprint page: ISBN-13 (978/979 and a check digit weighted
/// 1, 3, 1, 3…) or the older ISBN-10 (weights 10…1, mod 11, X for ten). Hyphens and spaces
/// may group the digits, as ISBNs are usually written. A mistyped digit is caught here rather
/// than printed in a thousand copies.
/// </summary>
public static class Isbn
{
    /// <summary>Null when <paramref name="text"/> is a valid ISBN, else what is wrong with it.</summary>
    public static string? Problem(string text)
    {
        var value = text.Trim();
        if (value.StartsWith("ISBN", StringComparison.OrdinalIgnoreCase)) value = value[4..].TrimStart(':', ' ');
        var digits = new string(value.Where(c => c is not ('-' or ' ')).ToArray()).ToUpperInvariant();
        if (digits.Length == 13 && digits.All(char.IsAsciiDigit))
        {
            if (!digits.StartsWith("978", StringComparison.Ordinal) && !digits.StartsWith("979", StringComparison.Ordinal))
                return "an ISBN-13 starts with 978 or 979";
            var sum = 0;
            for (var i = 0; i < 12; i++) sum += (digits[i] - '0') * (i % 2 == 0 ? 1 : 3);
            var check = (10 - sum % 10) % 10;
            return digits[12] - '0' == check ? null : $"the check digit should be {check}, not {digits[12]}: a digit is mistyped";
        }
        if (digits.Length == 10 && digits[..9].All(char.IsAsciiDigit) && (char.IsAsciiDigit(digits[9]) || digits[9] == 'X'))
        {
            var sum = 0;
            for (var i = 0; i < 9; i++) sum += (digits[i] - '0') * (10 - i);
            var check = (11 - sum % 11) % 11;
            var expected = check == 10 ? 'X' : (char)('0' + check);
            return digits[9] == expected ? null : $"the check digit should be {expected}, not {digits[9]}: a digit is mistyped";
        }
        return "expected an ISBN of 13 digits (or 10, the last may be X), grouped by hyphens or spaces";
    }
}
