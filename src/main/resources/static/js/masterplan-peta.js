// The masterplan map: every layer listed in the legend (#legenda, each item's data-geojson) drawn in its own colour,
// switchable in the map's layer control. Progressive enhancement: the list and its GeoJSON links work without it.
document.addEventListener('DOMContentLoaded', function () {
  var el = document.getElementById('peta-masterplan');
  if (!el) { return; }
  // Distinguishable for the common colour-vision deficiencies (Okabe-Ito).
  var warna = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#000000'];
  muatLeaflet(el).then(function (L) {
    var peta = petaDasar(L, el, 12);
    // open on a wide screen; on a phone folded, so it does not cover the map
    var kontrol = L.control.layers(null, null, { collapsed: window.innerWidth < 600 }).addTo(peta);
    var butir = document.querySelectorAll('#legenda li');
    var termuat = 0;
    butir.forEach(function (li, i) {
      var c = warna[i % warna.length];
      li.querySelector('.tanda').style.backgroundColor = c;
      fetch(li.dataset.geojson).then(function (r) { return r.json(); }).then(function (data) {
        var terbesar = Math.max.apply(null, data.features.map(function (f) { return f.properties.nilai || 0; }).concat([1]));
        // A layer of counts (circles sized by nilai) is drawn light and under the others, so its big circles never hide
        // a Wi-Fi point, a dark street light or a road.
        var hitungan = data.features.some(function (f) { return f.properties.nilai != null; });
        var lapisan = L.geoJSON(data, {
          style: function () { return { color: c, weight: 5 }; },
          pointToLayer: function (f, ll) {
            // A count (nilai) sizes its circle by area; a plain point has a fixed size.
            var r = f.properties.nilai == null ? 7 : 4 + 14 * Math.sqrt(f.properties.nilai / terbesar);
            return L.circleMarker(ll, { radius: r, color: f.properties.peringatan ? '#b91c1c' : c, fillColor: c, fillOpacity: hitungan ? 0.25 : 0.8, weight: hitungan ? 2 : 3 });
          },
          onEachFeature: function (f, layer) {
            var p = f.properties;
            // only links within this site
            var tautan = p.tautan && p.tautan.charAt(0) === '/' ? p.tautan : null;
            layer.bindPopup(isiPopup(p.nama, [p.keterangan], tautan, el.dataset.tautanTeks));
          }
        }).addTo(peta);
        if (hitungan) { lapisan.bringToBack(); }
        kontrol.addOverlay(lapisan, li.querySelector('strong').textContent);
      }).finally(function () {
        termuat += 1;
        if (termuat === butir.length) { el.dataset.siap = 'ya'; }
      });
    });
  });
});
