// Received volume as bars beside the share resolved within SLA, so rates are read with their volume.
document.addEventListener('DOMContentLoaded', function () {
  var el = document.getElementById('grafik-statistik');
  if (!el || !window.Chart) { return; }
  var baris = JSON.parse(el.dataset.baris);
  new Chart(el, {
    data: {
      labels: baris.map(function (b) { return b.nama; }),
      datasets: [
        { type: 'bar', label: el.dataset.labelDiterima, data: baris.map(function (b) { return b.diterima; }), yAxisID: 'y', backgroundColor: '#0b4f8a' },
        { type: 'line', label: el.dataset.labelTepat, data: baris.map(function (b) { return b.persenTepatWaktu; }), yAxisID: 'persen', borderColor: '#b3400a' }
      ]
    },
    options: { responsive: true, maintainAspectRatio: false,
      scales: { y: { beginAtZero: true }, persen: { position: 'right', min: 0, max: 100, grid: { drawOnChartArea: false } } } }
  });
});
