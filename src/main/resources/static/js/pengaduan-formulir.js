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
  // A photo's EXIF GPS position is offered as the pin; the server strips it from the stored photo.
  var fotoLokasi = document.getElementById('lokasi-foto');
  document.getElementById('foto').addEventListener('change', function (e) {
    var berkas = e.target.files && e.target.files[0];
    fotoLokasi.hidden = true;
    if (!berkas || berkas.type !== 'image/jpeg') { return; }
    berkas.slice(0, 131072).arrayBuffer().then(function (buf) {
      var ll = gpsExif(new DataView(buf));
      if (!ll) { return; }
      fotoLokasi.hidden = false;
      fotoLokasi.onclick = function () { peta.setView(ll, 17); pasang(L.latLng(ll[0], ll[1])); fotoLokasi.hidden = true; };
    });
  });
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

// Latitude/longitude from a JPEG's EXIF GPS block, or null.
function gpsExif(v) {
  if (v.byteLength < 4 || v.getUint16(0) !== 0xFFD8) { return null; }
  var p = 2;
  while (p + 4 < v.byteLength && v.getUint8(p) === 0xFF) {
    var penanda = v.getUint8(p + 1), panjang = v.getUint16(p + 2);
    if (penanda === 0xE1 && v.getUint32(p + 4) === 0x45786966) { return gpsTiff(v, p + 10); }
    p += 2 + panjang;
  }
  return null;
}

function gpsTiff(v, t) {
  try {
    var le = v.getUint16(t) === 0x4949;
    var u16 = function (o) { return v.getUint16(t + o, le); };
    var u32 = function (o) { return v.getUint32(t + o, le); };
    var cari = function (ifd, tag) {
      for (var i = 0, n = u16(ifd); i < n; i++) {
        var e = ifd + 2 + i * 12;
        if (u16(e) === tag) { return e; }
      }
      return -1;
    };
    var gps = cari(u32(4), 0x8825);
    if (gps < 0) { return null; }
    var g = u32(gps + 8);
    var derajat = function (tag) {
      var e = cari(g, tag);
      if (e < 0) { return NaN; }
      var o = u32(e + 8), nilai = 0;
      for (var k = 0; k < 3; k++) { nilai += (u32(o + k * 8) / u32(o + k * 8 + 4)) / Math.pow(60, k); }
      return nilai;
    };
    var arah = function (tag) { var e = cari(g, tag); return e < 0 ? '' : String.fromCharCode(v.getUint8(t + e + 8)); };
    var lat = derajat(2) * (arah(1) === 'S' ? -1 : 1), lon = derajat(4) * (arah(3) === 'W' ? -1 : 1);
    return isFinite(lat) && isFinite(lon) && (lat !== 0 || lon !== 0) ? [lat, lon] : null;
  } catch (ex) {
    return null;
  }
}
