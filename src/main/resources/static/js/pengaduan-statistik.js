// The worst groups first, each bar the share of its due reports: resolved on time, resolved late,
// and still open past a deadline (counted as failures). Short labels so they fit on a phone.
document.addEventListener('DOMContentLoaded', function () {
  var el = document.getElementById('grafik-statistik');
  if (!el || !window.Chart) { return; }
  var baris = JSON.parse(el.dataset.baris).filter(function (b) { return b.jatuhTempo > 0; }).slice(0, 12);
  if (!baris.length) { el.parentNode.hidden = true; return; }
  el.parentNode.style.height = (baris.length * 30 + 80) + 'px';
  function persen(n, b) { return Math.round(1000 * n / b.jatuhTempo) / 10; }
  function pendek(teks) { return teks.length > 16 ? teks.slice(0, 15) + '…' : teks; }
  new Chart(el, {
    type: 'bar',
    data: {
      labels: baris.map(function (b) { return b.nama; }),
      datasets: [
        { label: el.dataset.labelTepat, backgroundColor: '#1d6b32', data: baris.map(function (b) { return persen(b.tepatWaktu, b); }) },
        { label: el.dataset.labelTelat, backgroundColor: '#d08a00', data: baris.map(function (b) { return persen(b.diselesaikan - b.tepatWaktu, b); }) },
        { label: el.dataset.labelGagal, backgroundColor: '#a61b1b', data: baris.map(function (b) { return persen(b.jatuhTempo - b.diselesaikan, b); }) }
      ]
    },
    options: {
      indexAxis: 'y', responsive: true, maintainAspectRatio: false, animation: false,
      plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } },
        tooltip: { callbacks: { title: function (i) { return baris[i[0].dataIndex].nama; } } } },
      scales: {
        x: { stacked: true, min: 0, max: 100, ticks: { callback: function (v) { return v + '%'; } } },
        y: { stacked: true, ticks: { autoSkip: false, callback: function (v) { return pendek(this.getLabelForValue(v)); } } }
      }
    }
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
