import ipaddr from 'ipaddr.js';

/** Decides whether the page fetcher may connect to an IP address. */
export type AddressPolicy = (address: string) => boolean;

/**
 * Only globally routable unicast addresses: no loopback, private (RFC 1918), link-local (cloud
 * metadata at 169.254.169.254), unique-local, carrier-grade NAT, multicast or reserved ranges.
 * IPv4-mapped IPv6 addresses are judged as the IPv4 address they carry; NAT64 and 6to4 addresses,
 * which can also smuggle one, are refused outright.
 */
export const publicAddressesOnly: AddressPolicy = (address) =>
  ipaddr.isValid(address) && ipaddr.process(address).range() === 'unicast';

/** For local development and tests against loopback stubs (ATLAS_ALLOW_PRIVATE_FETCH=true). */
export const anyAddress: AddressPolicy = (address) => ipaddr.isValid(address);
