using System.Text.Json.Nodes;
using ReportLint.VsCodeHost.Handlers;
using ReportLint.VsCodeHost.Protocol;

namespace ReportLint.VsCodeHost.Tests.Fuzzing;

/// <summary>
/// The traffic of a realistic editing session, which the fuzzer mutates: initialize, a Vietnamese
/// draft opened and edited incrementally, hover, code actions, a pull, the Word request, close.
/// Shutdown and exit are left to the probe that follows every case.
/// </summary>
internal static class LspSession
{
    public const string DraftUri = "untitled:du-thao-bao-cao.md";

    public const string Draft =
        """
        # Báo cáo kết quả công tác quý III

        Đảng bộ huyện có 65 tổ chức cơ sở đảng, gồm 21 đảng bộ cơ sở và 44 chi bộ cơ sở.

        Trong quý, toàn huyện kết nạp 120 đảng viên mới , đạt 105% kế hoạch; có 86/101 chi bộ đạt 85,2%.

        - Tổng các các chỉ tiêu đều đạt và vượt.
        - Công tác kiểm tra, giám sát được tăng cường.

        """;

    /// <summary>The Word request reads a draft on disk; it is written there by <see cref="EnsureDraftOnDisk"/>.</summary>
    public static string DraftOnDisk => Path.Combine(Path.GetTempPath(), "reportlint-lsp-fuzz", "du-thao.md");

    public static void EnsureDraftOnDisk()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DraftOnDisk)!);
        File.WriteAllText(DraftOnDisk, Draft);
    }

    public static List<JsonObject> Messages() =>
    [
        Request(1, LspMethods.Initialize, new JsonObject
        {
            ["processId"] = null,
            ["rootUri"] = null,
            ["clientInfo"] = new JsonObject { ["name"] = "fuzz", ["version"] = "1" },
            ["capabilities"] = new JsonObject
            {
                ["general"] = new JsonObject { ["positionEncodings"] = new JsonArray("utf-16") },
                ["textDocument"] = new JsonObject
                {
                    ["diagnostic"] = new JsonObject { ["dynamicRegistration"] = false },
                    ["hover"] = new JsonObject { ["contentFormat"] = new JsonArray("markdown", "plaintext") },
                    ["codeAction"] = new JsonObject { ["codeActionLiteralSupport"] = new JsonObject { ["codeActionKind"] = new JsonObject { ["valueSet"] = new JsonArray("quickfix") } } },
                },
            },
            ["initializationOptions"] = new JsonObject { ["debounceMilliseconds"] = 0, ["settings"] = new JsonObject { ["reportlint"] = new JsonObject { ["language"] = "vi" } } },
            ["trace"] = "off",
        }),
        Notification(LspMethods.Initialized, new JsonObject()),
        Notification(LspMethods.DidOpen, new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = DraftUri, ["languageId"] = "markdown", ["version"] = 1, ["text"] = Draft },
        }),
        Notification(LspMethods.DidChange, new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = DraftUri, ["version"] = 2 },
            ["contentChanges"] = new JsonArray(Edit(4, 47, 4, 49, ","), Edit(0, 2, 0, 9, "Báo cáo tổng hợp")),
        }),
        Notification(LspMethods.DidChange, new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = DraftUri, ["version"] = 3 },
            ["contentChanges"] = new JsonArray(Edit(7, 0, 7, 0, "- Số đảng viên mới tăng 20% so với cùng kỳ.\n")),
        }),
        Request(2, LspMethods.Hover, new JsonObject { ["textDocument"] = Document(), ["position"] = Position(6, 8) }),
        Request(3, LspMethods.CodeAction, new JsonObject
        {
            ["textDocument"] = Document(),
            ["range"] = Range(6, 7, 6, 14),
            ["context"] = new JsonObject
            {
                ["diagnostics"] = new JsonArray(new JsonObject { ["range"] = Range(6, 7, 6, 14), ["message"] = "Từ “các” bị gõ lặp.", ["code"] = "RL2001", ["source"] = "reportlint", ["severity"] = 2 }),
                ["only"] = new JsonArray("quickfix"),
            },
        }),
        Request(4, LspMethods.DocumentDiagnostic, new JsonObject { ["textDocument"] = Document(), ["previousResultId"] = null }),
        Request(5, WordDocumentHandler.Method, new JsonObject { ["uri"] = new Uri(DraftOnDisk).AbsoluteUri }),
        Notification(LspMethods.CancelRequest, new JsonObject { ["id"] = 5 }),
        Notification(LspMethods.SetTrace, new JsonObject { ["value"] = "off" }),
        Notification(LspMethods.DidSave, new JsonObject { ["textDocument"] = Document() }),
        Notification(LspMethods.DidChangeConfiguration, new JsonObject { ["settings"] = new JsonObject { ["reportlint"] = new JsonObject { ["language"] = "en" } } }),
        Notification(LspMethods.DidClose, new JsonObject { ["textDocument"] = Document() }),
    ];

    public static JsonObject Request(JsonNode id, string method, JsonNode? parameters) =>
        new() { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters };

    public static JsonObject Notification(string method, JsonNode? parameters) =>
        new() { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters };

    private static JsonObject Document() => new() { ["uri"] = DraftUri };

    private static JsonObject Position(int line, int character) => new() { ["line"] = line, ["character"] = character };

    private static JsonObject Range(int startLine, int startCharacter, int endLine, int endCharacter) =>
        new() { ["start"] = Position(startLine, startCharacter), ["end"] = Position(endLine, endCharacter) };

    private static JsonObject Edit(int startLine, int startCharacter, int endLine, int endCharacter, string text) =>
        new() { ["range"] = Range(startLine, startCharacter, endLine, endCharacter), ["text"] = text };
}
