// Progressive enhancement of the report form: a map pin, "use my location", the extra questions
// of the chosen category only, and open reports nearby. Without JS the form still works.
document.addEventListener('DOMContentLoaded', function () {
  var form = document.getElementById('formulir-pengaduan');
  if (!form) { return; }
  var kategori = document.getElementById('kategori');
  var lat = document.getElementById('lat');
  var lon = document.getElementById('lon');
  var sekitar = document.getElementById('sekitar');

  function tampilkanPertanyaan() {
    document.querySelectorAll('.pertanyaan').forEach(function (el) {
      el.hidden = el.dataset.kategori !== kategori.value;
    });
  }
  kategori.addEventListener('change', function () { tampilkanPertanyaan(); cariSekitar(); });
  tampilkanPertanyaan();

  function cariSekitar() {
    if (!kategori.value || !lat.value || !lon.value) { sekitar.innerHTML = ''; return; }
    fetch('/pengaduan/sekitar?kategori=' + encodeURIComponent(kategori.value) + '&lat=' + lat.value + '&lon=' + lon.value)
      .then(function (r) { return r.ok ? r.text() : ''; })
      .then(function (html) {
        sekitar.innerHTML = html;
        var token = document.querySelector('meta[name="_csrf"]');
        sekitar.querySelectorAll('form').forEach(function (f) {
          if (token && !f.querySelector('input[name="_csrf"]')) {
            var i = document.createElement('input'); i.type = 'hidden'; i.name = '_csrf'; i.value = token.content; f.appendChild(i);
          }
        });
      });
  }

  var el = document.getElementById('peta-pin');
  if (!el || !window.L) { return; }
  el.hidden = false;
  document.querySelector('.petunjuk-js').hidden = false;
  var tombol = document.getElementById('lokasi-saya');
  var pusat = el.dataset.pusat.split(',').map(Number);
  var peta = L.map(el).setView(pusat, 13);
  L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
    maxZoom: 19, attribution: '&copy; OpenStreetMap contributors'
  }).addTo(peta);
  var penanda = null;
  function pasang(latlng) {
    lat.value = latlng.lat.toFixed(6);
    lon.value = latlng.lng.toFixed(6);
    if (penanda) { penanda.setLatLng(latlng); } else { penanda = L.marker(latlng).addTo(peta); }
    cariSekitar();
  }
  if (lat.value && lon.value) { pasang(L.latLng(Number(lat.value), Number(lon.value))); }
  peta.on('click', function (e) { pasang(e.latlng); });
  if (navigator.geolocation) {
    tombol.hidden = false;
    tombol.addEventListener('click', function () {
      navigator.geolocation.getCurrentPosition(function (pos) {
        var ll = L.latLng(pos.coords.latitude, pos.coords.longitude);
        peta.setView(ll, 17);
        pasang(ll);
      }, function () { alert(tombol.dataset.gagal); }, { enableHighAccuracy: true, timeout: 15000 });
    });
  }
});
