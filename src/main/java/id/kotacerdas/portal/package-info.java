/**
 * The web shell: the public landing page listing the city's services, the staff dashboard,
 * and the model every page's layout needs (city, signed-in staff, staff menu).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "akun", "wilayah" })
package id.kotacerdas.portal;
