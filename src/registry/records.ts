import { DISTRICTS, PROVINCES } from '../orgs/index.ts';
import { formatRegistryDate } from './partial-date.ts';
import type { CardsTable, HousesTable, PeopleTable, ResidencesTable } from './store.ts';
import type { Place, SyntheticPerson } from './synthetic.ts';

export interface RegistryRecords {
  people: PeopleTable[];
  houses: HousesTable[];
  residences: ResidencesTable[];
  cards: CardsTable[];
}

/** Turns generated people into table rows; households share one house row. */
export function recordsFromSynthetic(
  people: Iterable<SyntheticPerson>,
  demo: boolean,
): RegistryRecords {
  const out: RegistryRecords = { people: [], houses: [], residences: [], cards: [] };
  const seenHouses = new Set<string>();
  for (const p of people) {
    out.people.push({
      citizen_id: p.citizenId,
      title_th: p.titleTh,
      title_en: p.titleEn,
      given_name_th: p.givenNameTh,
      middle_name_th: p.middleNameTh,
      family_name_th: p.familyNameTh,
      given_name_en: p.givenNameEn,
      middle_name_en: p.middleNameEn,
      family_name_en: p.familyNameEn,
      birth_date: formatRegistryDate(p.birthDate),
      gender: p.gender,
      nationality: p.nationality,
      status: p.status,
      demo,
    });
    const h = p.house;
    if (!seenHouses.has(h.houseId)) {
      seenHouses.add(h.houseId);
      out.houses.push({
        house_id: h.houseId,
        house_no: h.houseNo,
        moo: h.moo,
        soi: h.soiTh,
        road: h.roadTh,
        subdistrict: h.place.subdistrictTh,
        district: h.place.districtTh,
        province: h.place.provinceTh,
        postal_code: h.place.postalCode,
        office: h.registrationOfficeTh,
      });
    }
    out.residences.push({
      citizen_id: p.citizenId,
      house_id: h.houseId,
      role: p.residenceRole,
      since: p.residentSince,
      until: null,
    });
    if (p.card) {
      out.cards.push({
        citizen_id: p.citizenId,
        card_number: p.card.cardNumber,
        laser_code: p.card.laserCode,
        issued_on: p.card.issuedOn,
        expires_on: p.card.expiresOn,
        status: p.card.status,
        photo_ref: p.photoRef,
      });
    }
  }
  return out;
}

/** Every real district with its first subdistricts, as places for synthetic households. */
export function placesFromGeography(): Place[] {
  const places: Place[] = [];
  for (const d of DISTRICTS) {
    const province = PROVINCES.find((p) => p.code === d.provinceCode);
    if (!province) continue;
    for (const s of d.subdistricts.slice(0, 2)) {
      places.push({
        provinceCode: province.code,
        provinceTh: province.nameTh,
        provinceEn: province.nameEn,
        districtCode: d.code,
        districtTh: d.nameTh,
        districtEn: d.nameEn,
        subdistrictTh: s.nameTh,
        subdistrictEn: s.nameEn,
        postalCode: s.postalCode,
      });
    }
  }
  return places;
}
