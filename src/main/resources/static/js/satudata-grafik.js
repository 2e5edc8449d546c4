// A dataset's chart, on demand: Chart.js (about 200 KB) is fetched only when the reader asks for it, so the
// page stays light. Without JavaScript the button stays hidden and the preview table holds the same numbers.
document.addEventListener('DOMContentLoaded', function () {
  var tombol = document.getElementById('tombol-grafik');
  var kanvas = document.getElementById('grafik-data');
  if (!tombol || !kanvas) { return; }
  tombol.hidden = false;
  tombol.addEventListener('click', function () {
    tombol.disabled = true;
    var skrip = document.createElement('script');
    skrip.src = tombol.dataset.chartjs;
    skrip.onload = function () {
      tombol.hidden = true;
      new Chart(kanvas, {
        type: 'bar',
        data: { labels: JSON.parse(kanvas.dataset.label),
          datasets: [{ label: kanvas.dataset.nama, data: JSON.parse(kanvas.dataset.nilai), backgroundColor: '#1d4f91' }] },
        options: { responsive: true, maintainAspectRatio: false, animation: false,
          plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } } },
          scales: { x: { ticks: { maxTicksLimit: 8 } }, y: { beginAtZero: true } } }
      });
    };
    document.head.appendChild(skrip);
  });
});
