export const smoke = true;
