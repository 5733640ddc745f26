namespace ReportLint.Vietnamese;

/// <summary>The six Vietnamese tones; <see cref="Ngang"/> is the unmarked one.</summary>
internal enum VietnameseTone
{
    Ngang,
    Huyen,
    Sac,
    Hoi,
    Nga,
    Nang,
}
