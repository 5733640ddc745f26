using System.Collections.Concurrent;
using ReportLint.VsCodeHost.Documents;
using ReportLint.VsCodeHost.Protocol;
using ReportLint.VsCodeHost.Protocol.Types;
using StreamJsonRpc;

namespace ReportLint.VsCodeHost.Linting;

/// <summary>
/// Pushes <c>textDocument/publishDiagnostics</c>: a short quiet time after each edit, then a check
/// of that version. A newer edit cancels the older check, waiting or running, and nothing is ever
/// published for a version older than the one the server holds.
/// </summary>
/// <remarks>
/// A client that pulls diagnostics gets no pushes, which would show every finding twice; after a
/// configuration change it is asked to pull again instead.
/// </remarks>
internal sealed class DiagnosticPublisher(JsonRpcConnection connection, DocumentStore documents, DocumentChecker checker, ClientProfile client, ServerLog log)
{
    /// <summary>The usual quiet time: long enough to skip the checks of a word being typed, short enough to feel immediate.</summary>
    public static readonly TimeSpan DefaultDebounce = TimeSpan.FromMilliseconds(150);

    private readonly ConcurrentDictionary<string, CancellationTokenSource> _pending = new(StringComparer.Ordinal);

    // Held while superseding a check and while publishing, so a publish cannot slip in between a
    // newer edit and the cancellation of the check it makes stale.
    private readonly Lock _gate = new();

    private readonly SemaphoreSlim _oneCheckAtATime = new(1, 1);

    /// <summary>Quiet time after an edit before checking; zero checks at once.</summary>
    public TimeSpan Debounce { get; set; } = DefaultDebounce;

    public void Schedule(DocumentSnapshot document)
    {
        if (client.PullsDiagnostics)
        {
            return;
        }

        var cancellation = new CancellationTokenSource();
        lock (_gate)
        {
            if (_pending.TryGetValue(document.Uri, out var older))
            {
                older.Cancel();
            }

            _pending[document.Uri] = cancellation;
        }

        _ = PublishAsync(document, cancellation);
    }

    /// <summary>Re-checks every open document, after a configuration change.</summary>
    public void RecheckAll()
    {
        if (client.PullsDiagnostics)
        {
            if (client.SupportsDiagnosticRefresh)
            {
                _ = RequestRefreshAsync();
            }

            return;
        }

        foreach (var document in documents.All)
        {
            Schedule(document);
        }
    }

    /// <summary>Cancels any check of a closed document and clears its findings in the client.</summary>
    public void Clear(string uri)
    {
        lock (_gate)
        {
            if (_pending.TryRemove(uri, out var pending))
            {
                pending.Cancel();
            }

            connection.SendNotification(LspMethods.PublishDiagnostics, new PublishDiagnosticsParams(uri, []));
        }
    }

    private async Task RequestRefreshAsync()
    {
        try
        {
            await connection.SendRequestAsync<object?, object?>(LspMethods.DiagnosticRefresh, null, CancellationToken.None);
        }
        catch (Exception e) when (e is RemoteRpcException or OperationCanceledException)
        {
            log.Warning($"The client refused to refresh diagnostics: {e.Message}");
        }
    }

    private async Task PublishAsync(DocumentSnapshot document, CancellationTokenSource cancellation)
    {
        var token = cancellation.Token;
        try
        {
            if (Debounce > TimeSpan.Zero)
            {
                await Task.Delay(Debounce, token);
            }

            // One check at a time: the reader cannot be interrupted, so checks that newer edits
            // made stale would otherwise pile up and compete with the current one for CPU and memory.
            CheckOutcome outcome;
            await _oneCheckAtATime.WaitAsync(token);
            try
            {
                outcome = await Task.Run(() => checker.Check(document, token), token);
            }
            finally
            {
                _oneCheckAtATime.Release();
            }

            var diagnostics = DiagnosticConverter.ToLsp(outcome);
            lock (_gate)
            {
                if (token.IsCancellationRequested || documents.Get(document.Uri)?.Version != document.Version)
                {
                    return;
                }

                connection.SendNotification(
                    LspMethods.PublishDiagnostics,
                    new PublishDiagnosticsParams(document.Uri, diagnostics) { Version = document.Version });
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // Superseded by a newer edit, or the document closed.
        }
        catch (Exception e)
        {
            log.Error($"Checking {document.Uri} (version {document.Version}) failed: {e}");
        }
        finally
        {
            lock (_gate)
            {
                // Only the newest check owns the entry; an older one just leaves.
                if (_pending.TryGetValue(document.Uri, out var current) && current == cancellation)
                {
                    _pending.TryRemove(document.Uri, out _);
                }
            }

            cancellation.Dispose();
        }
    }
}
