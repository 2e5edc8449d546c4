// The daily work report form. What is typed stays in localStorage and the photo in IndexedDB (a
// photo is a Blob of a few MB: localStorage holds only text and about 5 MB in all) until the server
// confirms the report. The id the page made for the report goes with every attempt, so an answer
// lost on a bad connection costs nothing: sending again finds the report stored the first time.
// A report still waiting is sent again when the phone is back online or the page is opened again.
(function () {
  'use strict';
  var form = document.getElementById('laporan-harian');
  if (!form || !window.fetch || !window.FormData) {
    return;
  }
  var KUNCI = 'kc.laporan-harian.draf.' + form.dataset.pegawai;
  var DB = 'kc-laporan-harian';
  var TOKO = 'foto';
  var MAKS_SISI = 1600;
  var status = document.getElementById('status-kirim');
  var statusFoto = document.getElementById('foto-status');
  var masukanFoto = form.elements.foto;
  var sedangKirim = false;
  // where IndexedDB is refused (some private modes), the photo lives as long as the page does
  var fotoMemori = null;

  function tulis(el, teks, kelas) {
    el.textContent = teks;
    el.className = el.className.replace(/\b(luring|galat|berhasil)\b/g, '').trim() + (kelas ? ' ' + kelas : '');
  }

  function bukaDb() {
    return new Promise(function (ok, gagal) {
      if (!window.indexedDB) {
        gagal(new Error('indexedDB'));
        return;
      }
      var r = indexedDB.open(DB, 1);
      r.onupgradeneeded = function () { r.result.createObjectStore(TOKO); };
      r.onsuccess = function () { ok(r.result); };
      r.onerror = function () { gagal(r.error); };
    });
  }

  function simpanFoto(id, blob) {
    return bukaDb().then(function (db) {
      return new Promise(function (ok, gagal) {
        var t = db.transaction(TOKO, 'readwrite');
        if (blob) {
          t.objectStore(TOKO).put(blob, id);
        } else {
          t.objectStore(TOKO).delete(id);
        }
        t.oncomplete = function () { ok(); };
        t.onerror = function () { gagal(t.error); };
      });
    });
  }

  function bacaFoto(id) {
    return bukaDb().then(function (db) {
      return new Promise(function (ok) {
        var r = db.transaction(TOKO, 'readonly').objectStore(TOKO).get(id);
        r.onsuccess = function () { ok(r.result || null); };
        r.onerror = function () { ok(null); };
      });
    }).catch(function () { return null; });
  }

  // a phone photo of 4000 px is sent as 1600 px: a tenth of the bytes on a slow connection
  function perkecil(berkas) {
    if (!window.createImageBitmap || !document.createElement('canvas').toBlob) {
      return Promise.resolve(berkas);
    }
    return createImageBitmap(berkas).then(function (gambar) {
      var skala = Math.min(1, MAKS_SISI / Math.max(gambar.width, gambar.height));
      var kanvas = document.createElement('canvas');
      kanvas.width = Math.round(gambar.width * skala);
      kanvas.height = Math.round(gambar.height * skala);
      kanvas.getContext('2d').drawImage(gambar, 0, 0, kanvas.width, kanvas.height);
      return new Promise(function (ok) {
        kanvas.toBlob(function (blob) { ok(blob || berkas); }, 'image/jpeg', 0.85);
      });
    }).catch(function () { return berkas; });
  }

  function draf() {
    try {
      return JSON.parse(localStorage.getItem(KUNCI));
    } catch (e) {
      return null;
    }
  }

  function baca(lama) {
    var jenis = form.querySelector('input[name="jenis"]:checked');
    return {
      idKlien: form.elements.idKlien.value,
      jenis: jenis ? jenis.value : null,
      tanggal: form.elements.tanggal.value,
      uraian: form.elements.uraian.value,
      lat: form.elements.lat.value,
      lon: form.elements.lon.value,
      foto: lama ? !!lama.foto : false,
      menunggu: lama ? !!lama.menunggu : false
    };
  }

  function simpan(d) {
    try {
      localStorage.setItem(KUNCI, JSON.stringify(d));
    } catch (e) {
      // storage full or refused: the form still holds it while the page is open
    }
  }

  function pulihkan(d) {
    form.elements.idKlien.value = d.idKlien;
    form.elements.uraian.value = d.uraian || '';
    if (d.tanggal) {
      form.elements.tanggal.value = d.tanggal;
    }
    form.elements.lat.value = d.lat || '';
    form.elements.lon.value = d.lon || '';
    Array.prototype.forEach.call(form.querySelectorAll('input[name="jenis"]'), function (r) {
      r.checked = r.value === d.jenis;
    });
    if (d.foto) {
      tulis(statusFoto, form.dataset.fotoSiap);
    }
    tulis(status, form.dataset.draf);
  }

  function pesanGalat(isi) {
    var galat = isi && isi.galat ? isi.galat : {};
    var teks = Object.keys(galat).map(function (k) { return galat[k]; }).join(' ');
    return teks || form.dataset.ditolak;
  }

  function kirim() {
    var d = baca(draf());
    if (sedangKirim || !d.uraian.trim()) {
      return;
    }
    sedangKirim = true;
    d.menunggu = true;
    simpan(d);
    tulis(status, form.dataset.mengirim);
    (d.foto ? bacaFoto(d.idKlien) : Promise.resolve(null)).then(function (foto) {
      var data = new FormData();
      ['idKlien', 'jenis', 'tanggal', 'uraian', 'lat', 'lon'].forEach(function (k) {
        if (d[k]) {
          data.append(k, d[k]);
        }
      });
      foto = foto || fotoMemori;
      if (foto) {
        data.append('foto', foto, 'foto.jpg');
      }
      var kepala = { 'Accept': 'application/json' };
      var token = document.querySelector('meta[name="_csrf"]');
      var nama = document.querySelector('meta[name="_csrf_header"]');
      if (token && nama) {
        kepala[nama.content] = token.content;
      }
      return fetch(form.action, { method: 'POST', headers: kepala, body: data, credentials: 'same-origin' });
    }).then(function (r) {
      var json = (r.headers.get('Content-Type') || '').indexOf('json') >= 0;
      if (r.ok && json) {
        return r.json().then(function (hasil) {
          localStorage.removeItem(KUNCI);
          return simpanFoto(d.idKlien, null).catch(function () {}).then(function () {
            tulis(status, form.dataset.terkirim, 'berhasil');
            window.location.assign(hasil.url);
          });
        });
      }
      if (r.status >= 400 && r.status < 500 && r.status !== 408 && r.status !== 429 && json) {
        // refused as it is: the person corrects it, nothing is sent again by itself
        return r.json().then(function (isi) {
          d.menunggu = false;
          simpan(d);
          tulis(status, pesanGalat(isi), 'galat');
        });
      }
      throw new Error(String(r.status));
    }).catch(function () {
      tulis(status, form.dataset.luring, 'luring');
    }).then(function () {
      sedangKirim = false;
    });
  }

  form.addEventListener('input', function (e) {
    if (e.target !== masukanFoto) {
      simpan(baca(draf()));
    }
  });
  masukanFoto.addEventListener('change', function () {
    var berkas = masukanFoto.files && masukanFoto.files[0];
    if (!berkas) {
      return;
    }
    perkecil(berkas).then(function (blob) {
      fotoMemori = blob;
      var d = baca(draf());
      return simpanFoto(d.idKlien, blob).then(function () {
        d.foto = true;
        simpan(d);
      }).catch(function () {}).then(function () {
        tulis(statusFoto, form.dataset.fotoSiap);
      });
    });
  });
  var tombolLokasi = document.getElementById('ambil-lokasi');
  if (navigator.geolocation) {
    tombolLokasi.hidden = false;
    tombolLokasi.addEventListener('click', function () {
      var teks = document.getElementById('lokasi-status');
      navigator.geolocation.getCurrentPosition(function (posisi) {
        form.elements.lat.value = posisi.coords.latitude.toFixed(6);
        form.elements.lon.value = posisi.coords.longitude.toFixed(6);
        simpan(baca(draf()));
        tulis(teks, form.dataset.lokasi.replace('{0}', Math.round(posisi.coords.accuracy)));
      }, function () {
        tulis(teks, form.dataset.lokasiGagal, 'galat');
      }, { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
    });
  }
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    kirim();
  });
  window.addEventListener('online', function () {
    var d = draf();
    if (d && d.menunggu) {
      kirim();
    }
  });
  var ada = draf();
  if (ada && ada.idKlien) {
    pulihkan(ada);
    if (ada.menunggu && navigator.onLine !== false) {
      kirim();
    }
  }
}());
