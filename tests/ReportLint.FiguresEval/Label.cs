using System.Text.Json.Serialization;

namespace ReportLint.FiguresEval;

/// <summary>One line of <c>tests/figures-eval/labels/*.jsonl</c>; the format is described in LABELLING.md.</summary>
internal sealed class Label
{
    [JsonPropertyName("file")]
    public string File { get; set; } = "";

    [JsonPropertyName("line")]
    public int Line { get; set; }

    [JsonPropertyName("type")]
    public string Type { get; set; } = "";

    [JsonPropertyName("why")]
    public string? Why { get; set; }

    [JsonPropertyName("relation")]
    public string? Relation { get; set; }

    [JsonPropertyName("wrong")]
    public bool Wrong { get; set; }

    [JsonPropertyName("figures")]
    public List<LabelledFigure> Figures { get; set; } = [];

    [JsonPropertyName("perturb")]
    public Perturbation? Perturb { get; set; }

    [JsonPropertyName("note")]
    public string? Note { get; set; }

    /// <summary>Where the label was read from, to name it in a report.</summary>
    [JsonIgnore]
    public string Origin { get; set; } = "";

    [JsonIgnore]
    public bool IsTempting => Type == "tempting";

    [JsonIgnore]
    public bool Holds => !IsTempting && !Wrong && Perturb is not null;
}

internal sealed class LabelledFigure
{
    [JsonPropertyName("text")]
    public string Text { get; set; } = "";

    [JsonPropertyName("col")]
    public int Column { get; set; }

    [JsonPropertyName("line")]
    public int? Line { get; set; }

    [JsonPropertyName("role")]
    public string? Role { get; set; }
}

internal sealed class Perturbation
{
    [JsonPropertyName("figure")]
    public int Figure { get; set; }

    [JsonPropertyName("to")]
    public string To { get; set; } = "";
}
