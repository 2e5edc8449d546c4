// The directory's map: the listed businesses (QRIS ones marked) and the payment points as two layers.
// Progressive enhancement: the list above works without it, and without map tiles.
document.addEventListener('DOMContentLoaded', function () {
  var el = document.getElementById('peta-umkm');
  if (!el) { return; }
  muatLeaflet(el).then(function (L) {
    el.hidden = false;
    var peta = L.map(el).setView(el.dataset.pusat.split(',').map(Number), 13);
    L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
      maxZoom: 19, attribution: '&copy; OpenStreetMap contributors'
    }).addTo(peta);
    var usaha = L.layerGroup().addTo(peta);
    var titik = L.layerGroup().addTo(peta);
    var lapisan = {};
    lapisan[el.dataset.lapisanUsaha] = usaha;
    lapisan[el.dataset.lapisanTitik] = titik;
    L.control.layers(null, lapisan).addTo(peta);
    fetch(el.dataset.geojson).then(function (r) { return r.json(); }).then(function (data) {
      var batas = [];
      var titikBayar = 0;
      data.features.forEach(function (f) {
        var p = f.properties;
        var ll = [f.geometry.coordinates[1], f.geometry.coordinates[0]];
        var isi = document.createElement('div');
        if (p.lapisan === 'usaha') {
          var a = document.createElement('a');
          a.href = p.url;
          a.textContent = p.nama + (p.qris ? ' (QRIS)' : '');
          isi.appendChild(a);
          L.marker(ll, { title: p.nama, alt: p.nama }).bindPopup(isi).addTo(usaha).getElement().classList.add(p.qris ? 'penanda-qris' : 'penanda-usaha');
          batas.push(ll);
        } else {
          isi.textContent = p.nama + ' — ' + p.jenis + ', ' + p.penyelenggara + ' (' + el.dataset.contoh + ')';
          L.circleMarker(ll, { radius: 7, color: '#b45309', fillOpacity: 0.8 }).bindPopup(isi).addTo(titik);
          titikBayar++;
        }
      });
      if (batas.length) { peta.fitBounds(batas, { maxZoom: 16, padding: [20, 20] }); }
      el.dataset.titik = String(titikBayar);
      el.dataset.siap = String(batas.length);
    });
  });
});
