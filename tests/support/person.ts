// A person as the conference queries return one, for component tests: a name, a role and a bio, nothing else.
export const person = (name: string, bio: string | null, role = 'Forsker') =>
  ({
    _id: `person-${name}`,
    name,
    role,
    organisation: null,
    bio,
    email: null,
    phone: null,
    photo: null,
  }) as never;
