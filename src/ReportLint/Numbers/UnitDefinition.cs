namespace ReportLint.Numbers;

/// <summary>What kind of thing a unit measures; only counts and money add up across a report.</summary>
internal enum UnitKind
{
    Count,
    Money,

    /// <summary><c>năm</c>, <c>tháng</c>: a number before one of these is a length of time, not a figure to add.</summary>
    Duration,

    /// <summary>Physical measures: <c>ha</c>, <c>km</c>, <c>tấn</c>.</summary>
    Measure,

    /// <summary><c>điểm phần trăm</c>: a difference of percentages.</summary>
    PercentagePoint,
}

/// <summary>One entry of the <see cref="UnitVocabulary"/>: a canonical name, its spellings and its place in the hierarchy.</summary>
internal sealed class UnitDefinition
{
    internal UnitDefinition(string name, UnitKind kind, IReadOnlyList<string> aliases, IReadOnlyList<string> parts, string? within,
        IReadOnlyDictionary<string, string> inContext, decimal scale, string? baseUnit)
    {
        Name = name;
        Kind = kind;
        Aliases = aliases;
        Parts = parts;
        Within = within;
        InContext = inContext;
        Scale = scale;
        BaseUnit = baseUnit;
    }

    /// <summary>Canonical name, lower case: <c>tổ chức cơ sở đảng</c>.</summary>
    public string Name { get; }

    public UnitKind Kind { get; }

    /// <summary>Other spellings, as written in the vocabulary (<c>TCCSĐ</c>, <c>TCCS Đảng</c>).</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>Canonical names of the units that split this one exhaustively (<c>đảng bộ cơ sở</c> + <c>chi bộ cơ sở</c>).</summary>
    public IReadOnlyList<string> Parts { get; }

    /// <summary>The unit this one is the level below (<c>chi bộ trực thuộc</c> is within <c>đảng bộ cơ sở</c>): counted inside it, never a part of its total.</summary>
    public string? Within { get; }

    /// <summary>How this generic unit reads when listed under a total of another unit (<c>đảng bộ</c> under <c>tổ chức cơ sở đảng</c> means <c>đảng bộ cơ sở</c>).</summary>
    public IReadOnlyDictionary<string, string> InContext { get; }

    /// <summary>Value of one of this unit in <see cref="BaseUnit"/>: 1 000 000 000 for <c>tỷ đồng</c>.</summary>
    public decimal Scale { get; }

    public string? BaseUnit { get; }

    public override string ToString() => Name;
}
