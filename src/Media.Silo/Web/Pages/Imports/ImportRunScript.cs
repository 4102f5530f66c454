namespace Media.Silo.Web.Pages.Imports;

/// <summary>
/// The run page's progress bar, served as <c>/imports/script</c> because the content policy allows no inline script. It polls
/// <c>/imports/status?id=…</c> (the page's cookie does not sign in to the API, which takes bearer tokens) and reloads the page
/// when the run is finished, which then shows the result; without script the page refreshes itself instead.
/// </summary>
public static class ImportRunScript
{
    public const string Text = """
        (function () {
          var bar = document.getElementById('import-progress');
          if (!bar) { return; }
          var label = document.getElementById('import-progress-text');
          var address = '/imports/status?id=' + encodeURIComponent(bar.getAttribute('data-run'));
          function poll() {
            fetch(address, { credentials: 'same-origin', cache: 'no-store' })
              .then(function (r) { return r.ok ? r.json() : null; })
              .then(function (s) {
                if (!s || s.state !== 'running') { window.location.reload(); return; }
                bar.max = Math.max(1, s.total);
                bar.value = s.done;
                label.textContent = s.stage + '：' + s.done + ' / ' + s.total + ' 行';
                window.setTimeout(poll, 1000);
              }, function () { window.setTimeout(poll, 3000); });
          }
          window.setTimeout(poll, 500);
        })();
        """;
}
