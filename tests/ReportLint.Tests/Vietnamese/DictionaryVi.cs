using System.Diagnostics;
using System.Formats.Tar;
using System.IO.Compression;

namespace ReportLint.Tests.Vietnamese;

/// <summary>
/// The syllable list of the npm package dictionary-vi (hunspell-vi). It is GPL data, so it is fetched
/// with npm at test time and cached under the temp folder, never committed.
/// </summary>
internal static class DictionaryVi
{
    private static readonly string CacheFolder = Path.Combine(Path.GetTempPath(), "reportlint-dictionary-vi");
    private static readonly Lazy<(string[]? Words, string Problem)> Loaded = new(Load);

    public static string[]? Words => Loaded.Value.Words;

    public static string Problem => Loaded.Value.Problem;

    private static (string[]?, string) Load()
    {
        var dic = Path.Combine(CacheFolder, "package", "index.dic");
        try
        {
            if (!File.Exists(dic))
            {
                Directory.CreateDirectory(CacheFolder);
                var npm = Process.Start(new ProcessStartInfo("npm", ["pack", "dictionary-vi", "--silent", "--pack-destination", CacheFolder])
                {
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                });
                if (npm is null || !npm.WaitForExit(TimeSpan.FromSeconds(90)) || npm.ExitCode != 0)
                {
                    return (null, "npm could not fetch dictionary-vi (offline?): " + npm?.StandardError.ReadToEnd());
                }

                var tarball = Directory.GetFiles(CacheFolder, "dictionary-vi-*.tgz").Single();
                using var gzip = new GZipStream(File.OpenRead(tarball), CompressionMode.Decompress);
                TarFile.ExtractToDirectory(gzip, CacheFolder, overwriteFiles: true);
            }

            // The first line of a hunspell .dic is the entry count.
            return (File.ReadAllLines(dic).Skip(1).Where(line => line.Length > 0).ToArray(), "");
        }
        catch (Exception e) when (e is IOException or System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return (null, "dictionary-vi unavailable: " + e.Message);
        }
    }
}

/// <summary>A fact that is skipped, with the reason, when dictionary-vi cannot be fetched.</summary>
internal sealed class DictionaryViFactAttribute : FactAttribute
{
    public DictionaryViFactAttribute()
    {
        if (DictionaryVi.Words is null)
        {
            Skip = DictionaryVi.Problem;
        }
    }
}
