import { callerAddress } from '../../mock/http/caller-address'

describe('callerAddress', () => {
  it('spells an IPv4 caller one way however it arrives', () => {
    for (const ip of ['10.0.0.7', '::ffff:10.0.0.7', '::FFFF:a00:7', '::ffff:0a00:0007', ' 10.0.0.7 ']) {
      expect(callerAddress(ip)).toEqual({ caller: 'v4:10.0.0.7', network: 'v4:10.0.0.0/24' })
    }
  })

  it('counts a whole IPv6 /64 as one caller and a /48 as its network', () => {
    expect(callerAddress('2001:db8:1:1::5')).toEqual({
      caller: 'v6:2001:db8:1:1::/64',
      network: 'v6:2001:db8:1::/48',
    })
    expect(callerAddress('2001:0DB8:0001:0001:ffff:0:0:9').caller).toBe('v6:2001:db8:1:1::/64')
    expect(callerAddress('::1')).toEqual({ caller: 'v6:0:0:0:0::/64', network: 'v6:0:0:0::/48' })
    expect(callerAddress('2001:db8::').caller).toBe('v6:2001:db8:0:0::/64')
  })

  it('keeps anything that is not an address as it is (only a misconfigured gateway sends one)', () => {
    expect(callerAddress('010.055.000.001').caller).toBe('raw:010.055.000.001')
  })
})
