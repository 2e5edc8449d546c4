/**
 * Shared technical ground every module stands on: the embedded database, the city's
 * configuration, time in WITA, error answers and the navigation of the web shell.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package id.kotacerdas.platform;
