namespace ReportLint.Analysis;

/// <summary>Something <see cref="AnalysisCache"/> keeps while analyses keep meeting it.</summary>
internal abstract class CacheEntry
{
    /// <summary>The number of the last analysis that met it.</summary>
    public int LastUsed { get; set; }
}
