namespace ReportLint.Numbers.Relations;

/// <summary>Where a relation rule matched a paragraph and the figures it bound to each role.</summary>
internal sealed record PatternMatch(RelationRule Rule, IReadOnlyDictionary<string, IReadOnlyList<BoundFigure>> Roles, int Start, int End)
{
    public BoundFigure? One(string role) => Roles.TryGetValue(role, out var figures) && figures.Count > 0 ? figures[0] : null;

    public IReadOnlyList<BoundFigure> All(string role) => Roles.TryGetValue(role, out var figures) ? figures : [];
}
