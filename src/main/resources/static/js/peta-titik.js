// A public map of a GeoJSON layer (points or lines) with platform.LapisanPeta's properties: nama, keterangan,
// optional kelurahan and tautan (its text in data-tautan-teks); "peringatan" draws a feature red.
// Progressive enhancement: the page's list works without it, and without map tiles.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('[data-peta-titik]').forEach(function (el) {
    muatLeaflet(el).then(function (L) {
      var peta = petaDasar(L, el, 13);
      fetch(el.dataset.geojson).then(function (r) { return r.json(); }).then(function (data) {
        var warna = function (f) { return f.properties.peringatan ? '#b91c1c' : '#166534'; };
        var lapisan = L.geoJSON(data, {
          style: function (f) { return { color: warna(f), weight: 5 }; },
          pointToLayer: function (f, ll) {
            return L.circleMarker(ll, { radius: 8, color: warna(f), fillColor: warna(f), fillOpacity: 0.85 });
          },
          onEachFeature: function (f, layer) {
            var p = f.properties;
            layer.bindPopup(isiPopup(p.nama, [p.keterangan, p.kelurahan], p.tautan, el.dataset.tautanTeks));
          }
        }).addTo(peta);
        if (data.features.length) { peta.fitBounds(lapisan.getBounds(), { maxZoom: 16, padding: [20, 20] }); }
        el.dataset.siap = String(data.features.length);
      });
    });
  });
});
