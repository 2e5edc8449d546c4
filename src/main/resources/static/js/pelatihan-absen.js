// The trainer's check-in page works without network: the page carries the session's codes, so a scanned or typed
// code is checked here and queued in localStorage until the server confirms it; the queue is sent when the phone is
// back online (and every few seconds while anything waits). The server stores one attendance per participant, so a
// scan sent twice, or by two phones, counts once; each scan is answered on its own and leaves the queue only then.
(function () {
  'use strict';
  var form = document.getElementById('form-absen');
  if (!form) {
    return;
  }
  var d = form.dataset;
  var kunci = 'kc.pelatihan.absen.' + d.sesi;
  var peserta = JSON.parse(document.getElementById('peserta-data').textContent);
  var masukan = document.getElementById('kode');
  var antre = baca(kunci, {});
  var perangkat = baca('kc.pelatihan.perangkat', null);
  var sedangKirim = false;
  if (!perangkat) {
    perangkat = Math.random().toString(36).slice(2, 10);
    localStorage.setItem('kc.pelatihan.perangkat', JSON.stringify(perangkat));
  }

  function baca(k, awal) {
    try {
      var v = JSON.parse(localStorage.getItem(k));
      return v === null ? awal : v;
    } catch (e) {
      return awal;
    }
  }

  function simpan() {
    if (Object.keys(antre).length === 0) {
      localStorage.removeItem(kunci);
    } else {
      localStorage.setItem(kunci, JSON.stringify(antre));
    }
  }

  function tandai(kode, kelas, teks) {
    var li = document.querySelector('#daftar-absen li[data-kode="' + kode + '"] .tanda');
    if (li) {
      li.className = 'tanda ' + kelas;
      li.textContent = teks;
    }
  }

  function pesan(teks) {
    document.getElementById('pesan-absen').textContent = teks;
  }

  function ringkas() {
    var hadir = Object.keys(peserta).filter(function (k) { return peserta[k].hadir; }).length;
    document.getElementById('ringkas-absen').textContent = d.ringkas
      .replace('{0}', hadir).replace('{1}', Object.keys(antre).length).replace('{2}', Object.keys(peserta).length);
    var status = document.getElementById('status-jaringan');
    status.textContent = navigator.onLine ? d.daring : d.luring;
    status.className = 'absen-status' + (navigator.onLine ? '' : ' luring');
  }

  function catat(teks) {
    var kode = teks.trim().toUpperCase();
    var p = peserta[kode];
    if (!p) {
      pesan(d.tidakDikenal.replace('{0}', kode));
      return;
    }
    if (p.hadir || antre[kode]) {
      pesan(d.sudah.replace('{0}', p.nama));
      return;
    }
    antre[kode] = { kode: kode, dipindai: new Date().toISOString(), perangkat: perangkat };
    simpan();
    tandai(kode, 'menunggu', d.menunggu);
    pesan(d.dicatat.replace('{0}', p.nama));
    ringkas();
    kirim();
  }

  function kirim() {
    var isi = Object.keys(antre).map(function (k) { return antre[k]; });
    if (isi.length === 0 || sedangKirim) {
      ringkas();
      return;
    }
    sedangKirim = true;
    var terkirim = false;
    fetch(d.aksi, {
      method: 'POST', credentials: 'omit',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: JSON.stringify({ pindaian: isi })
    }).then(function (r) {
      if (!r.ok) {
        throw new Error(r.status);
      }
      return r.json();
    }).then(function (hasil) {
      hasil.forEach(function (h) {
        delete antre[h.kode];
        if (h.status === 'tercatat' || h.status === 'sudah') {
          if (peserta[h.kode]) {
            peserta[h.kode].hadir = true;
          }
          tandai(h.kode, 'hadir', d.hadir);
        } else {
          tandai(h.kode, 'ditolak', d.ditolak);
        }
      });
      simpan();
      terkirim = true;
    }).catch(function () {
      // offline or the server unreachable: everything stays queued for the next try
    }).then(function () {
      sedangKirim = false;
      ringkas();
      // scans made while this batch was on its way go at once, not at the next tick
      if (terkirim && Object.keys(antre).length > 0) {
        kirim();
      }
    });
  }

  Object.keys(antre).forEach(function (k) { tandai(k, 'menunggu', d.menunggu); });
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    if (masukan.value.trim() !== '') {
      catat(masukan.value);
    }
    masukan.value = '';
    masukan.focus();
  });
  window.addEventListener('online', kirim);
  window.addEventListener('offline', ringkas);
  setInterval(kirim, 10000);

  // The camera, where the browser reads QR codes itself (Chrome on Android): no library to download at the venue.
  if ('BarcodeDetector' in window && navigator.mediaDevices) {
    var tombol = document.getElementById('pindai');
    var video = document.getElementById('kamera');
    tombol.hidden = false;
    tombol.addEventListener('click', function () {
      var detektor = new window.BarcodeDetector({ formats: ['qr_code'] });
      navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } }).then(function (aliran) {
        video.srcObject = aliran;
        video.hidden = false;
        video.play();
        var terakhir = '';
        (function periksa() {
          detektor.detect(video).then(function (kode) {
            if (kode.length && kode[0].rawValue !== terakhir) {
              terakhir = kode[0].rawValue;
              catat(terakhir);
            }
          }).catch(function () { }).then(function () {
            if (!video.hidden) {
              setTimeout(periksa, 300);
            }
          });
        }());
      }).catch(function () {
        tombol.hidden = true;
      });
    });
  }
  ringkas();
  kirim();
}());
