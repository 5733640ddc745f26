namespace ReportLint.Numbers;

/// <summary>
/// The two accepted placements of the tone mark in open syllables with <c>oa, oe, uy</c>
/// (<c>hòa/hoà</c>, <c>ủy/uỷ</c>). Unit names are matched in both, since documents mix them.
/// </summary>
internal static class VietnameseToneStyle
{
    private const string Modern = "oàoáoảoãoạoèoéoẻoẽoẹuỳuýuỷuỹuỵ";
    private const string Classic = "òaóaỏaõaọaòeóeỏeõeọeùyúyủyũyụy";

    /// <summary>Rewrites word-final modern pairs (<c>uỷ</c>) in the classic style (<c>ủy</c>).</summary>
    public static string ToClassic(string text) => Rewrite(text, Modern, Classic);

    /// <summary>Rewrites word-final classic pairs (<c>ủy</c>) in the modern style (<c>uỷ</c>).</summary>
    public static string ToModern(string text) => Rewrite(text, Classic, Modern);

    private static string Rewrite(string text, string from, string to)
    {
        char[]? buffer = null;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            var wordEnds = i + 2 == text.Length || !char.IsLetter(text[i + 2]);
            if (!wordEnds)
            {
                continue;
            }

            for (var k = 0; k < from.Length; k += 2)
            {
                if (text[i] == from[k] && text[i + 1] == from[k + 1])
                {
                    buffer ??= text.ToCharArray();
                    buffer[i] = to[k];
                    buffer[i + 1] = to[k + 1];
                    break;
                }
            }
        }

        return buffer is null ? text : new string(buffer);
    }
}
