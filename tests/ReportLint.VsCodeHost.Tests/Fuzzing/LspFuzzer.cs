using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ReportLint.VsCodeHost.Protocol;

namespace ReportLint.VsCodeHost.Tests.Fuzzing;

/// <param name="Traffic">The bytes the client sends, in order.</param>
/// <param name="Chunks">Where the traffic is cut into separate writes (frames split across reads).</param>
/// <param name="ExpectedIds">Requests that must be answered (as JSON id text): the untouched ones, when every frame is intact.</param>
internal sealed record LspFuzzCase(int Index, string Mutation, byte[] Traffic, IReadOnlyList<int> Chunks, IReadOnlySet<string> ExpectedIds);

/// <summary>
/// Mutates the traffic of <see cref="LspSession"/> as a broken or hostile client would send it: frames
/// with wrong, missing or absurd Content-Length, cut bodies, garbage and invalid UTF-8 between and
/// inside frames; JSON with wrong types, missing fields, out-of-range positions, huge strings, lone
/// surrogates and deep nesting; sequences out of order (requests before initialize, edits to unopened
/// documents, versions going backwards, unknown cancels, duplicated ids). Case <c>i</c> of seed
/// <c>s</c> is always the same traffic, in any process.
/// </summary>
internal sealed class LspFuzzer(int seed)
{
    // Deep enough for the deepest nesting the fuzzer writes.
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, MaxDepth = 1 << 18 };

    private static readonly string[] HeaderValues = ["2147483648", "99999999999999999999", "-5", "0x10", "", " 12 ", "1e3", "0", "2147483647", "abc"];

    // JSON literals, so that lone surrogates reach the wire as the escapes a client may send.
    private static readonly string[] OddStrings = [@"""\uD800""", @"""\uDFFF x \uD83D""", @"""\uFFFE\uFFFF""", @"""\u0000""", @"""\u202E\u0301\u0301""", @"""file:///""", @"""untitled:""", @"""%%%""", @"""file:///../../etc/passwd""", @"""\r\n\r\nContent-Length: 5\r\n\r\n"""];

    public LspFuzzCase Case(int index)
    {
        // Random(int) is the same sequence in every process, unlike HashCode.Combine.
        var random = new Random(unchecked((seed * 1_000_003) + index));
        var messages = LspSession.Messages().Cast<JsonNode>().ToList();
        var touched = new HashSet<JsonNode>(ReferenceEqualityComparer.Instance);
        var frameMutations = new List<(int Frame, int Kind)>();
        var described = new List<string>();
        for (var count = 1 + random.Next(3); count > 0; count--)
        {
            switch (random.Next(20))
            {
                case < 9:
                    described.Add(MutateJson(random, messages, touched));
                    break;
                case < 14:
                    described.Add(MutateSequence(random, messages, touched));
                    break;
                default:
                    var kind = random.Next(FrameMutationKinds);
                    frameMutations.Add((random.Next(messages.Count), kind));
                    break;
            }
        }

        var traffic = new List<byte>();
        var overshoot = 0L;
        for (var i = 0; i < messages.Count; i++)
        {
            var json = messages[i].ToJsonString(Json);
            foreach (var odd in OddStrings)
            {
                json = json.Replace($"\"{OddPlaceholder(odd)}\"", odd, StringComparison.Ordinal);
            }

            var body = Encoding.UTF8.GetBytes(json);
            var header = $"Content-Length: {body.Length}\r\n\r\n";
            foreach (var (_, kind) in frameMutations.Where(m => m.Frame == i))
            {
                described.Add($"frame {i} ({Method(messages[i])}): " + MutateFrame(random, kind, ref header, ref body, traffic, ref overshoot));
            }

            traffic.AddRange(Encoding.ASCII.GetBytes(header));
            traffic.AddRange(body);
        }

        if (overshoot > 0)
        {
            // The server rightly waits for the bytes a Content-Length promised; a client that lied
            // about a length still sends more, and the server must find the next frame in it.
            traffic.AddRange(Enumerable.Repeat((byte)' ', (int)overshoot));
            traffic.AddRange("\r\n\r\n"u8.ToArray());
        }

        var bytes = traffic.ToArray();
        var chunks = random.Next(3) == 0
            ? [.. Enumerable.Range(0, 1 + random.Next(40)).Select(_ => random.Next(bytes.Length + 1)).Order().Distinct()]
            : Array.Empty<int>();
        var expected = frameMutations.Count == 0
            ? messages.Where(m => !touched.Contains(m) && m is JsonObject o && o["method"] is not null && o["id"] is JsonValue).Select(m => m["id"]!.ToJsonString()).ToHashSet()
            : [];
        return new LspFuzzCase(index, string.Join("; ", described), bytes, chunks, expected);
    }

    private const int FrameMutationKinds = 11;

    private static string MutateFrame(Random random, int kind, ref string header, ref byte[] body, List<byte> traffic, ref long overshoot)
    {
        if (body.Length < 4)
        {
            // An earlier mutation of this frame cut its body to (almost) nothing.
            return "body too short to mutate";
        }

        switch (kind)
        {
            case 0:
                header = "Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n";
                return "no Content-Length";
            case 1:
                var more = 1 + random.Next(Math.Max(1, body.Length));
                header = $"Content-Length: {body.Length + more}\r\n\r\n";
                overshoot += more;
                return $"Content-Length {more} too large";
            case 2:
                var less = 1 + random.Next(Math.Max(1, body.Length));
                header = $"Content-Length: {Math.Max(0, body.Length - less)}\r\n\r\n";
                return $"Content-Length {less} too small";
            case 3:
                var value = HeaderValues[random.Next(HeaderValues.Length)];
                header = $"Content-Length: {value}\r\n\r\n";
                return $"Content-Length '{value}'";
            case 4:
                var kept = random.Next(body.Length);
                overshoot += body.Length - kept;
                body = body[..kept];
                return $"body cut to {kept} bytes";
            case 5:
                var garbage = new byte[1 + random.Next(256)];
                random.NextBytes(garbage);
                traffic.AddRange(garbage);
                return $"{garbage.Length} garbage bytes before";
            case 6:
                var invalid = new[] { new byte[] { 0xFF }, [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xE1, 0xBB] }[random.Next(4)];
                var at = random.Next(body.Length - invalid.Length);
                Array.Copy(invalid, 0, body, at, invalid.Length);
                return $"invalid UTF-8 at byte {at}";
            case 7:
                header = $"Content-Length: {body.Length}\n\n";
                return "LF-only header";
            case 8:
                var second = random.Next(100);
                header = $"Content-Length: {body.Length}\r\nContent-Length: {second}\r\n\r\n";
                overshoot += second;
                return "two Content-Length";
            case 9:
                var charset = new[] { "utf-16", "latin1", "nonsense", "\"\"" }[random.Next(4)];
                header = $"Content-Length: {body.Length}\r\nContent-Type: application/vscode-jsonrpc; charset={charset}\r\n\r\n";
                return $"charset {charset}";
            default:
                var flips = 1 + random.Next(8);
                for (var i = 0; i < flips; i++)
                {
                    body[random.Next(body.Length)] ^= (byte)(1 << random.Next(8));
                }

                return $"{flips} bits flipped";
        }
    }

    private static string MutateJson(Random random, List<JsonNode> messages, HashSet<JsonNode> touched)
    {
        var message = messages[random.Next(messages.Count)];
        touched.Add(message);
        var nodes = Descendants(message).Where(n => n.Parent is not null).ToList();
        var target = random.Next(4) == 0 && nodes.Any(IsPositionLike)
            ? nodes.Where(IsPositionLike).ElementAt(random.Next(nodes.Count(IsPositionLike)))
            : nodes[random.Next(nodes.Count)];
        var where = $"{Method(message)} {target.GetPath()}";
        switch (random.Next(7))
        {
            case 0:
                Replace(target, OtherType(random, target));
                return $"{where}: another type";
            case 1:
                Remove(target);
                return $"{where}: removed";
            case 2:
                var number = new[] { "-1", "-2147483649", "2147483648", "9007199254740993", "1e308", "-0.5", "1.5", "4294967295" }[random.Next(8)];
                Replace(target, JsonNode.Parse(number));
                return $"{where}: {number}";
            case 3:
                var length = 1 << random.Next(21);
                var unit = new[] { "á", "\n", "các ", "x", "\uD83D\uDE00", "\u0301" }[random.Next(6)];
                Replace(target, JsonValue.Create(string.Concat(Enumerable.Repeat(unit, length))));
                return $"{where}: {length} x '{Escape(unit)}'";
            case 4:
                var odd = OddStrings[random.Next(OddStrings.Length)];
                // Invalid UTF-16 cannot go through JsonNode: a placeholder is swapped for the literal once written.
                Replace(target, JsonValue.Create(OddPlaceholder(odd)));
                return $"{where}: {odd}";
            case 5:
                var depth = 10 << random.Next(14);
                Replace(target, JsonNode.Parse(string.Concat(Enumerable.Repeat("[", depth)) + string.Concat(Enumerable.Repeat("]", depth)), documentOptions: new JsonDocumentOptions { MaxDepth = depth + 1 }));
                return $"{where}: nested {depth} deep";
            default:
                var field = new[] { "id", "method", "jsonrpc", "params" }[random.Next(4)];
                var replacement = new JsonNode?[] { null, JsonValue.Create(1.5), new JsonObject(), new JsonArray(1), JsonValue.Create("$/unknown"), JsonValue.Create(string.Empty), JsonValue.Create(true), JsonValue.Create("1.0") }[random.Next(8)];
                ((JsonObject)message)[field] = replacement;
                return $"{Method(message)} {field} = {replacement?.ToJsonString() ?? "null"}";
        }
    }

    private static string MutateSequence(Random random, List<JsonNode> messages, HashSet<JsonNode> touched)
    {
        var index = random.Next(1, messages.Count);
        var message = messages[index];
        switch (random.Next(9))
        {
            case 0:
                messages.RemoveAt(index);
                messages.Insert(0, message);
                return $"{Method(message)} before initialize";
            case 1:
                if (message["params"]?["textDocument"] is JsonObject document)
                {
                    document["uri"] = "untitled:khong-mo.md";
                }

                return $"{Method(message)} to an unopened document";
            case 2:
                foreach (var version in Descendants(message).Where(n => n.Parent is JsonObject && n.GetPropertyName() == "version").ToList())
                {
                    Replace(version, JsonValue.Create(random.Next(-3, 2)));
                }

                return $"{Method(message)} version going backwards";
            case 3:
                var id = new JsonNode?[] { JsonValue.Create(random.Next(1, 10)), JsonValue.Create(424242), JsonValue.Create("x"), null, new JsonObject() }[random.Next(5)];
                messages.Insert(index, LspSession.Notification(LspMethods.CancelRequest, new JsonObject { ["id"] = id }));
                return $"cancel {id?.ToJsonString() ?? "null"}";
            case 4:
                var copy = message.DeepClone();
                Inherit(touched, message, copy);
                messages.Insert(random.Next(1, messages.Count + 1), copy);
                return $"{Method(message)} sent twice (same id)";
            case 5:
                messages.RemoveAt(index);
                return $"{Method(message)} dropped";
            case 6:
                var again = messages[0].DeepClone();
                Inherit(touched, messages[0], again);
                messages.Insert(random.Next(1, messages.Count + 1), again);
                return "initialize again";
            case 7:
                var answer = new JsonObject { ["jsonrpc"] = "2.0", ["id"] = random.Next(1, 100), ["result"] = null };
                messages.Insert(index, answer);
                return "a response to nothing";
            default:
                var batch = new JsonArray(message.DeepClone(), messages[random.Next(messages.Count)].DeepClone());
                messages[index] = batch;
                touched.Add(batch);
                return $"{Method(message)} in a batch";
        }
    }

    private static string OddPlaceholder(string odd) => $"@@odd{Array.IndexOf(OddStrings, odd)}@@";

    /// <summary>A copy of a mutated message is mutated too: its request need not be answered under its id.</summary>
    private static void Inherit(HashSet<JsonNode> touched, JsonNode original, JsonNode copy)
    {
        if (touched.Contains(original))
        {
            touched.Add(copy);
        }
    }

    private static bool IsPositionLike(JsonNode node) =>
        node.Parent is JsonObject && node.GetPropertyName() is "line" or "character" or "version" or "severity";

    private static IEnumerable<JsonNode> Descendants(JsonNode node)
    {
        yield return node;
        IEnumerable<JsonNode?> children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a,
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>().ToList())
        {
            foreach (var descendant in Descendants(child))
            {
                yield return descendant;
            }
        }
    }

    private static JsonNode? OtherType(Random random, JsonNode target) =>
        (target.GetValueKind(), random.Next(3)) switch
        {
            (JsonValueKind.String, 0) or (JsonValueKind.Object, 0) => JsonValue.Create(7),
            (JsonValueKind.Number, 0) => JsonValue.Create("7"),
            (_, 0) => JsonValue.Create("chuỗi"),
            (_, 1) => random.Next(2) == 0 ? new JsonArray() : new JsonObject(),
            _ => random.Next(2) == 0 ? null : JsonValue.Create(false),
        };

    private static void Replace(JsonNode target, JsonNode? replacement)
    {
        switch (target.Parent)
        {
            case JsonObject parent:
                parent[target.GetPropertyName()] = replacement;
                break;
            case JsonArray parent:
                parent[target.GetElementIndex()] = replacement;
                break;
        }
    }

    private static void Remove(JsonNode target)
    {
        switch (target.Parent)
        {
            case JsonObject parent:
                parent.Remove(target.GetPropertyName());
                break;
            case JsonArray parent:
                parent.RemoveAt(target.GetElementIndex());
                break;
        }
    }

    private static string Method(JsonNode message) =>
        message is JsonObject o && o["method"] is JsonValue method && method.GetValueKind() == JsonValueKind.String ? method.GetValue<string>() : "(no method)";

    private static string Escape(string text) =>
        string.Concat(text.Select(c => c < ' ' || char.IsSurrogate(c) || c >= '\uFFF0' ? $"\\u{(int)c:X4}" : c.ToString(CultureInfo.InvariantCulture)));
}
