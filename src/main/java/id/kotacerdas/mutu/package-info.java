/**
 * ISO 9001 in the city's agencies: per agency the certification status, the register of controlled quality
 * documents (SOPs), internal audit findings with their corrective actions and due dates, and management reviews;
 * and the ISO 18091 self-diagnostic (39 indicators in four quadrants, a traffic light per agency and year).
 * See docs/mutu.md.
 * <p>
 * No other module depends on it; everything is in {@code internal}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "akun", "audit", "opd", "berkas" })
package id.kotacerdas.mutu;
