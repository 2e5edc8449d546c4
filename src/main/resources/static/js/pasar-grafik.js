// The price pages' charts: a commodity's daily prices (city average bold, each market thin) and
// the weekly index (the basket as bars, one chosen commodity as a line). Data comes in the
// canvas's data attributes; the table beside it says the same for those without the chart.
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
  var indeks = document.getElementById('grafik-indeks');
  if (indeks) {
    var set = [{ type: 'bar', label: indeks.dataset.labelKeranjang, data: JSON.parse(indeks.dataset.keranjang), backgroundColor: '#1d4f91' }];
    if (indeks.dataset.satu) {
      set.push({ type: 'line', label: indeks.dataset.labelSatu, data: JSON.parse(indeks.dataset.satu), borderColor: '#a61b1b',
        backgroundColor: '#a61b1b', spanGaps: true });
    }
    new Chart(indeks, {
      data: { labels: JSON.parse(indeks.dataset.label), datasets: set },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } } },
        scales: { x: { ticks: { maxTicksLimit: 7 } }, y: { ticks: { callback: function (v) { return v + '%'; } } } }
      }
    });
  }
});
