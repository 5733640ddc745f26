namespace ReportLint.Numbers.Relations;

/// <summary>
/// A claim between figures recognised in the text: its kind, its operands by role and the rule of the
/// grammar that recognised it. The checker decides whether it holds; rules present the verdict.
/// </summary>
/// <remarks>Complete: For a sum: the parts claim to be the whole total, not some of it.</remarks>
internal sealed record FigureRelation(RelationKind Kind, RelationRule Rule, IReadOnlyList<Operand> Operands, bool Complete)
{
    /// <summary>For a change: +1 when the text says it rose ("tăng"), −1 when it fell ("giảm"), 0 when it does not say.</summary>
    public int Direction { get; init; }

    public Operand? One(string role) => Operands.FirstOrDefault(o => o.Role == role);

    public IEnumerable<Operand> All(string role) => Operands.Where(o => o.Role == role);
}
