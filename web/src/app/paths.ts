/** Every URL of the app in one place, so links never assemble paths by hand. */
const seg = encodeURIComponent;

export const paths = {
  territories: () => '/',
  territory: (country: string) => `/t/${seg(country)}`,
  unit: (country: string, code: string, level?: string | null) =>
    `/t/${seg(country)}/u/${seg(code)}${level ? `?level=${seg(level)}` : ''}`,
  cooperation: (country: string, within?: string | null) =>
    `/t/${seg(country)}/cooperation${within ? `?within=${seg(within)}` : ''}`,
  body: (country: string, code: string, within?: string | null) =>
    `/t/${seg(country)}/cooperation/${seg(code)}${within ? `?within=${seg(within)}` : ''}`,
  imports: () => '/imports',
  importEntry: (id: string | number) => `/imports/${seg(String(id))}`,
};
