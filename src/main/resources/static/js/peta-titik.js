// A public map of a GeoJSON layer (points or lines) with platform.LapisanPeta's properties: nama, keterangan,
// optional kelurahan and tautan (its text in data-tautan-teks); "peringatan" draws a feature red.
// Progressive enhancement: the page's list works without it, and without map tiles.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('[data-peta-titik]').forEach(function (el) {
    muatLeaflet(el).then(function (L) {
      el.hidden = false;
      var peta = L.map(el).setView(el.dataset.pusat.split(',').map(Number), 13);
      L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
        maxZoom: 19, attribution: '&copy; OpenStreetMap contributors'
      }).addTo(peta);
      fetch(el.dataset.geojson).then(function (r) { return r.json(); }).then(function (data) {
        var warna = function (f) { return f.properties.peringatan ? '#b91c1c' : '#166534'; };
        var lapisan = L.geoJSON(data, {
          style: function (f) { return { color: warna(f), weight: 5 }; },
          pointToLayer: function (f, ll) {
            return L.circleMarker(ll, { radius: 8, color: warna(f), fillColor: warna(f), fillOpacity: 0.85 });
          },
          onEachFeature: function (f, layer) {
            var p = f.properties;
            var isi = document.createElement('div');
            var judul = document.createElement('strong');
            judul.textContent = p.nama;
            isi.appendChild(judul);
            [p.keterangan, p.kelurahan].filter(Boolean).forEach(function (baris) {
              var b = document.createElement('div');
              b.textContent = baris;
              isi.appendChild(b);
            });
            if (p.tautan && el.dataset.tautanTeks) {
              var a = document.createElement('a');
              a.href = p.tautan;
              a.textContent = el.dataset.tautanTeks;
              isi.appendChild(a);
            }
            layer.bindPopup(isi);
          }
        }).addTo(peta);
        if (data.features.length) { peta.fitBounds(lapisan.getBounds(), { maxZoom: 16, padding: [20, 20] }); }
        el.dataset.siap = String(data.features.length);
      });
    });
  });
});
