package id.kotacerdas.platform;

import java.util.Set;

/**
 * An entry of the staff navigation. Modules declare beans of this type; the shell shows an
 * entry to a user holding one of {@code peran}.
 */
public record MenuStaf(String kodeJudul, String url, int urutan, Set<Peran> peran) {
}
