// The free Wi-Fi map: one marker per hotspot, coloured open / closed / out of order as the list says.
// Progressive enhancement: the list below works without it, and without map tiles.
document.addEventListener('DOMContentLoaded', function () {
  var el = document.getElementById('peta-wifi');
  if (!el) { return; }
  muatLeaflet(el).then(function (L) {
    var peta = petaDasar(L, el, 13);
    fetch(el.dataset.geojson).then(function (r) { return r.json(); }).then(function (data) {
      var batas = [];
      data.features.forEach(function (f) {
        var p = f.properties;
        var ll = [f.geometry.coordinates[1], f.geometry.coordinates[0]];
        var isi = isiPopup(p.nama, [p.keadaan, 'SSID: ' + p.ssid, p.jam]);
        var warna = p.gangguan ? '#b91c1c' : (p.buka ? '#166534' : '#6b7280');
        L.circleMarker(ll, { radius: 9, color: warna, fillColor: warna, fillOpacity: 0.85 }).bindPopup(isi).addTo(peta);
        batas.push(ll);
      });
      if (batas.length) { peta.fitBounds(batas, { maxZoom: 16, padding: [20, 20] }); }
      el.dataset.siap = String(batas.length);
    });
  });
});
