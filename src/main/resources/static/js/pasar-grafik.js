// A commodity's trend chart: daily prices, the city average bold and each market thin. Data comes
// in the canvas's data attributes; the sentence above it says the gist for those without the chart.
document.addEventListener('DOMContentLoaded', function () {
  if (!window.Chart) { return; }
  var warna = ['#1d4f91', '#a61b1b', '#1d6b32', '#d08a00', '#6b2d91', '#00838f', '#5d4037', '#c2185b', '#455a64', '#827717'];
  var rupiah = new Intl.NumberFormat(document.documentElement.lang || 'id');
  var tren = document.getElementById('grafik-tren');
  if (tren) {
    var seri = JSON.parse(tren.dataset.seri);
    new Chart(tren, {
      type: 'line',
      data: {
        labels: JSON.parse(tren.dataset.label),
        datasets: seri.map(function (s, i) {
          var kota = i === 0;
          return { label: kota ? tren.dataset.labelKota : s.nama, data: s.data, spanGaps: true, pointRadius: 0,
            borderWidth: kota ? 3 : 1.5, borderColor: kota ? '#111' : warna[(i - 1) % warna.length], backgroundColor: 'transparent' };
        })
      },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false, interaction: { mode: 'index', intersect: false },
        plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } },
          tooltip: { callbacks: { label: function (c) { return c.dataset.label + ': Rp' + rupiah.format(c.parsed.y); } } } },
        scales: { x: { ticks: { maxTicksLimit: 6 } }, y: { ticks: { callback: function (v) { return rupiah.format(v); } } } }
      }
    });
  }
});
