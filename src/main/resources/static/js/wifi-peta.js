// The free Wi-Fi map: one marker per hotspot, coloured open / closed / out of order as the list says.
// Progressive enhancement: the list below works without it, and without map tiles.
document.addEventListener('DOMContentLoaded', function () {
  var el = document.getElementById('peta-wifi');
  if (!el) { return; }
  muatLeaflet(el).then(function (L) {
    el.hidden = false;
    var peta = L.map(el).setView(el.dataset.pusat.split(',').map(Number), 13);
    L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
      maxZoom: 19, attribution: '&copy; OpenStreetMap contributors'
    }).addTo(peta);
    fetch(el.dataset.geojson).then(function (r) { return r.json(); }).then(function (data) {
      var batas = [];
      data.features.forEach(function (f) {
        var p = f.properties;
        var ll = [f.geometry.coordinates[1], f.geometry.coordinates[0]];
        var isi = document.createElement('div');
        var judul = document.createElement('strong');
        judul.textContent = p.nama;
        isi.appendChild(judul);
        [p.keadaan, 'SSID: ' + p.ssid, p.jam].forEach(function (baris) {
          var b = document.createElement('div');
          b.textContent = baris;
          isi.appendChild(b);
        });
        var warna = p.gangguan ? '#b91c1c' : (p.buka ? '#166534' : '#6b7280');
        L.circleMarker(ll, { radius: 9, color: warna, fillColor: warna, fillOpacity: 0.85 }).bindPopup(isi).addTo(peta);
        batas.push(ll);
      });
      if (batas.length) { peta.fitBounds(batas, { maxZoom: 16, padding: [20, 20] }); }
      el.dataset.siap = String(batas.length);
    });
  });
});
