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

// Where reports come from: one circle per kelurahan, its area proportional to the number received.
document.addEventListener('DOMContentLoaded', function () {
  var el = document.getElementById('peta-statistik');
  if (!el || !window.L) { return; }
  el.hidden = false;
  var peta = L.map(el).setView(el.dataset.pusat.split(',').map(Number), 12);
  L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
    maxZoom: 19, attribution: '&copy; OpenStreetMap contributors'
  }).addTo(peta);
  Promise.all([fetch(el.dataset.statistik).then(function (r) { return r.json(); }),
               fetch(el.dataset.kelurahan).then(function (r) { return r.json(); })])
    .then(function (hasil) {
      var tempat = {};
      hasil[1].forEach(function (k) { tempat[k.kode] = k; });
      var maks = Math.max.apply(null, hasil[0].map(function (b) { return b.diterima; }).concat([1]));
      hasil[0].forEach(function (b) {
        var k = tempat[b.kunci];
        if (!k) { return; }
        L.circleMarker([k.lat, k.lon], { radius: 4 + 26 * Math.sqrt(b.diterima / maks), color: '#b3400a', fillOpacity: 0.45, weight: 1 })
          .addTo(peta).bindTooltip(kota.teks(k.nama + ': ' + b.diterima + ' ' + el.dataset.label.toLowerCase()));
      });
    });
});
