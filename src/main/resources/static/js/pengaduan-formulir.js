// Progressive enhancement of the report form: the chosen category's questions only, a map pin
// (Leaflet fetched once the page is shown), "use my location", open reports nearby with "saya juga",
// photos shrunk on the phone before upload (a photo's GPS position offered as the pin), and a
// submission that shows its progress and, when refused, keeps everything on the page, photos
// included. Without JavaScript the form still works.
(function () {
  var SISI_MAKS = 1600;
  var MUTU_JPEG = 0.8;

  document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('formulir-pengaduan');
    if (!form) { return; }
    var kategori = document.getElementById('kategori');
    var lat = document.getElementById('lat');
    var lon = document.getElementById('lon');
    var titikTerpasang = document.getElementById('titik-terpasang');
    var sekitar = document.getElementById('sekitar');
    var inputFoto = document.getElementById('foto');
    var fotoSiapTeks = document.getElementById('foto-siap');
    var tombolLokasiFoto = document.getElementById('lokasi-foto');
    var tombolKirim = document.getElementById('kirim');
    var peta = null;
    var penanda = null;
    var fotoSiap = null;

    var asetBlok = document.getElementById('aset-blok');
    var asetSekitar = document.getElementById('aset-sekitar');
    var asetIsian = document.getElementById('aset');
    var kategoriAset = (asetBlok.dataset.kategori || '').split(' ');
    function jenisAset() {
      return kategori.value && kategoriAset.indexOf(kategori.value) >= 0;
    }
    function tampilkanPertanyaan() {
      document.querySelectorAll('.pertanyaan').forEach(function (el) {
        el.hidden = el.dataset.kategori !== kategori.value;
      });
      // an id typed (or scanned) stays in the field even when hidden, so nothing typed is lost
      asetBlok.hidden = !jenisAset();
    }
    kategori.addEventListener('change', function () { tampilkanPertanyaan(); cariSekitar(); });
    tampilkanPertanyaan();

    function kepalaCsrf() {
      var token = document.querySelector('meta[name="_csrf"]');
      var nama = document.querySelector('meta[name="_csrf_header"]');
      var kepala = {};
      if (token && nama) { kepala[nama.content] = token.content; }
      return kepala;
    }

    // the assets nearest the pin, each a button that puts its id in the field
    function cariAset() {
      if (!jenisAset() || !lat.value || !lon.value) { asetSekitar.innerHTML = ''; return; }
      fetch('/pengaduan/aset-sekitar?kategori=' + encodeURIComponent(kategori.value) + '&lat=' + lat.value + '&lon=' + lon.value)
        .then(function (r) { return r.ok ? r.text() : ''; })
        .then(function (html) { asetSekitar.innerHTML = html; });
    }
    asetSekitar.addEventListener('click', function (e) {
      var tombol = e.target.closest('[data-aset-id]');
      if (!tombol) { return; }
      asetIsian.value = tombol.dataset.asetId;
      asetSekitar.querySelectorAll('[data-aset-id]').forEach(function (b) { b.setAttribute('aria-pressed', String(b === tombol)); });
    });

    function cariSekitar() {
      cariAset();
      if (!kategori.value || !lat.value || !lon.value) { sekitar.innerHTML = ''; return; }
      fetch('/pengaduan/sekitar?kategori=' + encodeURIComponent(kategori.value) + '&lat=' + lat.value + '&lon=' + lon.value)
        .then(function (r) { return r.ok ? r.text() : ''; })
        .then(function (html) { sekitar.innerHTML = html; });
    }

    // "Saya juga" supports the report shown; the answer takes the button's place. It never
    // submits the report form around it.
    sekitar.addEventListener('click', function (e) {
      var tombol = e.target.closest('[data-dukung]');
      if (!tombol) { return; }
      tombol.disabled = true;
      fetch(tombol.dataset.dukung, { method: 'POST', headers: kepalaCsrf(), credentials: 'same-origin' })
        .then(function (r) { return r.text(); })
        .then(function (html) { tombol.parentNode.outerHTML = html; })
        .catch(function () { tombol.disabled = false; });
    });

    function pasang(la, lo) {
      lat.value = la.toFixed(6);
      lon.value = lo.toFixed(6);
      titikTerpasang.hidden = false;
      if (peta) {
        if (penanda) { penanda.setLatLng([la, lo]); } else { penanda = L.marker([la, lo]).addTo(peta); }
      }
      cariSekitar();
    }

    var el = document.getElementById('peta-pin');
    muatLeaflet(el).then(function (L) {
      el.hidden = false;
      document.querySelector('.petunjuk-js').hidden = false;
      peta = L.map(el).setView(el.dataset.pusat.split(',').map(Number), 13);
      L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
        maxZoom: 19, attribution: '&copy; OpenStreetMap contributors'
      }).addTo(peta);
      if (lat.value && lon.value) {
        penanda = L.marker([Number(lat.value), Number(lon.value)]).addTo(peta);
        peta.setView(penanda.getLatLng(), 16);
      }
      peta.on('click', function (e) { pasang(e.latlng.lat, e.latlng.lng); });
    });
    if (lat.value && lon.value) { cariSekitar(); }

    var tombolLokasi = document.getElementById('lokasi-saya');
    if (navigator.geolocation) {
      tombolLokasi.hidden = false;
      tombolLokasi.addEventListener('click', function () {
        navigator.geolocation.getCurrentPosition(function (pos) {
          pasang(pos.coords.latitude, pos.coords.longitude);
          if (peta) { peta.setView([pos.coords.latitude, pos.coords.longitude], 17); }
        }, function () { alert(tombolLokasi.dataset.gagal); }, { enableHighAccuracy: true, timeout: 15000 });
      });
    }

    // Photos: the GPS position is read from the original (the shrunk copy carries no EXIF), then
    // each is shrunk; the server re-encodes and strips metadata in any case.
    inputFoto.addEventListener('change', function () {
      var berkas = Array.prototype.slice.call(inputFoto.files || []);
      tombolLokasiFoto.hidden = true;
      fotoSiapTeks.hidden = true;
      gpsPertama(berkas).then(function (ll) {
        if (!ll) { return; }
        tombolLokasiFoto.hidden = false;
        tombolLokasiFoto.onclick = function () {
          pasang(ll[0], ll[1]);
          if (peta) { peta.setView(ll, 17); }
          tombolLokasiFoto.hidden = true;
        };
      });
      fotoSiap = Promise.all(berkas.map(kecilkan));
      fotoSiap.then(function (foto) {
        if (!foto.length) { return; }
        var kb = Math.round(foto.reduce(function (n, f) { return n + f.blob.size; }, 0) / 1024);
        fotoSiapTeks.textContent = fotoSiapTeks.dataset.teks.replace('{0}', foto.length).replace('{1}', kb);
        fotoSiapTeks.hidden = false;
      });
    });

    // Sending: the page stays, with a progress bar; a refusal puts the server's messages beside
    // the fields, everything typed and chosen still in place.
    var unggah = document.getElementById('unggah');
    var kemajuan = document.getElementById('kemajuan');
    var kemajuanTeks = document.getElementById('kemajuan-teks');
    form.addEventListener('submit', function (e) {
      if (!window.FormData || !window.XMLHttpRequest || !window.DOMParser) { return; }
      e.preventDefault();
      tombolKirim.disabled = true;
      unggah.hidden = false;
      tampilkanKemajuan(0);
      (fotoSiap || Promise.all(Array.prototype.slice.call(inputFoto.files || []).map(kecilkan))).then(function (foto) {
        var data = new FormData(form);
        data.delete('foto');
        foto.forEach(function (f) { data.append('foto', f.blob, f.nama); });
        var xhr = new XMLHttpRequest();
        xhr.open('POST', form.action);
        xhr.upload.onprogress = function (ev) {
          if (ev.lengthComputable) { tampilkanKemajuan(Math.round(ev.loaded * 100 / ev.total)); }
        };
        xhr.onload = function () {
          if (xhr.status < 400 && /\/pengaduan\/terkirim$/.test(new URL(xhr.responseURL).pathname)) {
            location.assign(xhr.responseURL);
            return;
          }
          tolak(xhr.status, xhr.responseText);
        };
        xhr.onerror = function () { selesaiGagal(); tampilkanRingkasan(teksRingkasan(form.dataset.terputus)); };
        xhr.send(data);
      });
    });

    function tampilkanKemajuan(persen) {
      kemajuan.value = persen;
      kemajuanTeks.textContent = form.dataset.mengunggah.replace('{0}', persen);
    }

    function selesaiGagal() {
      tombolKirim.disabled = false;
      unggah.hidden = true;
    }

    function tolak(status, html) {
      selesaiGagal();
      var dok = new DOMParser().parseFromString(html || '', 'text/html');
      // a refusal may come with a fresh CSRF token (after the old one was lost)
      var token = dok.querySelector('meta[name="_csrf"]');
      if (token) {
        document.querySelector('meta[name="_csrf"]').content = token.content;
        form.querySelector('input[name="_csrf"]').value = token.content;
      }
      form.querySelectorAll('.galat-isian[data-isian]').forEach(function (p) { p.remove(); });
      form.querySelectorAll('[aria-invalid]').forEach(function (m) { m.removeAttribute('aria-invalid'); });
      var ringkasan = dok.getElementById('ringkasan-galat');
      if (!ringkasan) {
        tampilkanRingkasan(teksRingkasan(form.dataset.gagal.replace('{0}', status)));
        return;
      }
      var terakhir = {};
      dok.querySelectorAll('#formulir-pengaduan .galat-isian[data-isian]').forEach(function (p) {
        var medan = p.previousElementSibling;
        while (medan && medan.classList.contains('galat-isian')) { medan = medan.previousElementSibling; }
        var sini = medan && medan.id && document.getElementById(medan.id);
        if (!sini) { return; }
        var salinan = document.importNode(p, true);
        (terakhir[medan.id] || sini).insertAdjacentElement('afterend', salinan);
        terakhir[medan.id] = salinan;
        sini.setAttribute('aria-invalid', 'true');
      });
      tampilkanRingkasan(document.importNode(ringkasan, true));
    }

    function teksRingkasan(teks) {
      var kotak = document.createElement('div');
      kotak.className = 'pesan galat';
      kotak.id = 'ringkasan-galat';
      kotak.setAttribute('role', 'alert');
      kotak.tabIndex = -1;
      kotak.textContent = teks;
      return kotak;
    }

    function tampilkanRingkasan(kotak) {
      var lama = document.getElementById('ringkasan-galat');
      if (lama) { lama.remove(); }
      form.parentNode.insertBefore(kotak, form);
      kotak.focus();
      kotak.scrollIntoView();
    }
  });

  // A photo as it will be sent: at most SISI_MAKS pixels on its longest side, as JPEG; the
  // original when it is already smaller, or when this browser cannot decode it.
  function kecilkan(berkas, i) {
    var asli = { blob: berkas, nama: berkas.name };
    if (!/^image\/(jpeg|png|webp)$/.test(berkas.type) || !window.HTMLCanvasElement) { return Promise.resolve(asli); }
    return gambar(berkas).then(function (g) {
      var skala = Math.min(1, SISI_MAKS / Math.max(g.width, g.height));
      var kanvas = document.createElement('canvas');
      kanvas.width = Math.round(g.width * skala);
      kanvas.height = Math.round(g.height * skala);
      var k = kanvas.getContext('2d');
      k.fillStyle = '#fff';
      k.fillRect(0, 0, kanvas.width, kanvas.height);
      k.drawImage(g, 0, 0, kanvas.width, kanvas.height);
      if (g.close) { g.close(); }
      return new Promise(function (selesai) {
        kanvas.toBlob(function (blob) {
          selesai(blob && (skala < 1 || blob.size < berkas.size) ? { blob: blob, nama: 'foto-' + (i + 1) + '.jpg' } : asli);
        }, 'image/jpeg', MUTU_JPEG);
      });
    }).catch(function () { return asli; });
  }

  function gambar(berkas) {
    if (window.createImageBitmap) { return createImageBitmap(berkas, { imageOrientation: 'from-image' }); }
    return new Promise(function (selesai, gagal) {
      var img = new Image();
      img.onload = function () { selesai(img); };
      img.onerror = gagal;
      img.src = URL.createObjectURL(berkas);
    });
  }

  // The first GPS position among the chosen JPEG photos, or null.
  function gpsPertama(berkas) {
    return berkas.reduce(function (janji, b) {
      return janji.then(function (ll) {
        if (ll || b.type !== 'image/jpeg' || !b.slice(0, 1).arrayBuffer) { return ll; }
        return b.slice(0, 131072).arrayBuffer().then(function (buf) { return gpsExif(new DataView(buf)); });
      });
    }, Promise.resolve(null));
  }

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
})();
