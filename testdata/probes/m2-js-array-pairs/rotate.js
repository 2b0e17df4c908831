// pinata accounts, used round-robin so one free tier does not run out
const accounts = [
  ["{{+api-key:a}}", "{{+api-secret:a}}"],
  ["{{+api-key:b}}", "{{+api-secret:b}}"],
  ["{{+api-key:c}}", "{{+api-secret:c}}"],
];

let next = 0;
module.exports = function nextAccount() {
  const [key, secret] = accounts[next];
  next = (next + 1) % accounts.length;
  return { key, secret };
};
