// The registry's figures as bars: active businesses and those accepting QRIS per group. The table
// under it holds the same numbers for those without the chart.
document.addEventListener('DOMContentLoaded', function () {
  var el = document.getElementById('grafik-umkm');
  if (!el || !window.Chart) { return; }
  new Chart(el, {
    type: 'bar',
    data: {
      labels: JSON.parse(el.dataset.label),
      datasets: [
        { label: el.dataset.namaTerdaftar, data: JSON.parse(el.dataset.terdaftar), backgroundColor: '#1d4f91' },
        { label: el.dataset.namaQris, data: JSON.parse(el.dataset.qris), backgroundColor: '#d08a00' }
      ]
    },
    options: { responsive: true, maintainAspectRatio: false, animation: false,
      plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } } },
      scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
  });
});
