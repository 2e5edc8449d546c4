"""JFR execution samples of the intake by phase: each sample goes to the innermost frame that names a phase.
Usage: python3 bench/asupan/profil.py RECORDING.jfr   (needs the JDK's jfr tool)"""
import collections, json, subprocess, sys

FASE = [
    ('category lookup (KategoriRepository)', ['id.kotacerdas.pengaduan.internal.KategoriRepository']),
    ('team lookup', ['AkunStafService.timUntuk']),
    ('API key check', ['KunciApiService.periksa']),
    ('Open311 answer (Penyaji, Penjawab)', ['id.kotacerdas.open311.internal.Penyaji', 'id.kotacerdas.open311.internal.Penjawab']),
    ('parameter parsing', ['id.kotacerdas.open311.internal.Parameter', 'org.apache.catalina.connector.Request.parseParameters']),
    ('intake checks and routing (PengaduanService)', ['id.kotacerdas.pengaduan.internal.PengaduanService']),
    ('Open311 controller, other', ['Open311Controller.ajukan']),
    ('staff-notification listener (after commit)', ['Pemberitahu.antre']),
    ('event publication registry', ['org.springframework.modulith']),
    ('group-commit writer', ['PenulisPengaduan.putaran']),
    ('Spring MVC handler lookup', ['DispatcherServlet.getHandler']),
    ('Spring MVC, other', ['DispatcherServlet.doDispatch']),
    ('Spring Security filters', ['org.springframework.security']),
    ('Spring Session filter', ['org.springframework.session']),
    ('other servlet filters', ['OncePerRequestFilter.doFilter', 'ApplicationFilterChain']),
    ('Tomcat (HTTP parsing, I/O, valves)', ['org.apache']),
    ('scheduled jobs', ['ScheduledThreadPool', 'scheduling']),
]

teks = subprocess.run(['jfr', 'print', '--json', '--stack-depth', '2000', '--events', 'jdk.ExecutionSample', sys.argv[1]],
                      capture_output=True, text=True, check=True).stdout
hitung, n = collections.Counter(), 0
for e in json.loads(teks)['recording']['events']:
    st = e['values']['stackTrace']
    if not st:
        continue
    n += 1
    nama = [(f['method']['type']['name'] + '.' + f['method']['name']).replace('/', '.') for f in st['frames']]
    fase = next((label for x in nama for label, pola in FASE if any(p in x for p in pola)), 'other')
    hitung[fase] += 1
print(f'{n} samples')
for k, v in hitung.most_common():
    print(f'{v * 100 / n:5.1f} %  {k}')
