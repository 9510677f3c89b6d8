/** Virtual network, subnet and private endpoint (Microsoft.Network) aliases, as published: format and sources in alias-data.ts. Generated data: do not edit by hand. */

export const NETWORK_ALIASES: Record<string, string> = {
    "Microsoft.Network/virtualNetworks": `
=properties.subnets[*].properties.routeTable.id
=properties.subnets[*].properties.networkSecurityGroup.id
=properties.subnets[*].properties.serviceEndpoints[*].locations[*]
=properties.subnets[*].properties.serviceEndpoints[*].service
=properties.subnets[*].properties.addressPrefix
=properties.subnets[*].properties.ipConfigurations[*].id !
subnets[*].name
ddosProtectionPlan.id
addressSpace.addressPrefixes[*]
addressSpace.addressPrefixes
addressSpace
dhcpOptions.dnsServers[*]
dhcpOptions.dnsServers
dhcpOptions
=properties.subnets[*].properties.networkSecurityGroup
=properties.subnets[*].properties.routeTable
=properties.subnets[*].properties.ipConfigurations[*] !
=properties.subnets[*].properties.ipConfigurations !
=properties.subnets[*].properties.provisioningState
subnets[*].etag
subnets[*]
subnets
subnets[*].id
resourceGuid !
provisioningState !
=properties.subnets[*].properties.networkSecurityGroup.properties.securityRules[*].properties.description
=properties.subnets[*].properties.networkSecurityGroup.properties.securityRules[*].properties.protocol
=properties.subnets[*].properties.networkSecurityGroup.properties.securityRules[*].properties.sourcePortRange
=properties.subnets[*].properties.networkSecurityGroup.properties.securityRules[*].properties.destinationPortRange
=properties.subnets[*].properties.networkSecurityGroup.properties.securityRules[*].properties.sourceAddressPrefix
=properties.subnets[*].properties.networkSecurityGroup.properties.securityRules[*].properties.destinationAddressPrefix
=properties.subnets[*].properties.networkSecurityGroup.properties.securityRules[*].properties.access
=properties.subnets[*].properties.networkSecurityGroup.properties.securityRules[*].properties.priority
=properties.subnets[*].properties.networkSecurityGroup.properties.securityRules[*].properties.direction
=properties.subnets[*].properties.networkSecurityGroup.properties.securityRules[*].properties.provisioningState
=properties.subnets[*].properties.networkSecurityGroup.properties.securityRules[*].name
=properties.subnets[*].properties.networkSecurityGroup.properties.securityRules[*].etag
=properties.subnets[*].properties.networkSecurityGroup.properties.securityRules[*]
=properties.subnets[*].properties.networkSecurityGroup.properties.securityRules
=properties.subnets[*].properties.networkSecurityGroup.properties.securityRules[*].id
=properties.subnets[*].properties.networkSecurityGroup.properties.defaultSecurityRules[*].name
=properties.subnets[*].properties.networkSecurityGroup.properties.defaultSecurityRules[*].etag
=properties.subnets[*].properties.networkSecurityGroup.properties.defaultSecurityRules[*]
=properties.subnets[*].properties.networkSecurityGroup.properties.defaultSecurityRules
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.virtualMachine.id !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.virtualMachine !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerBackendAddressPools[*].properties.backendIPConfigurations[*].name !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerBackendAddressPools[*].properties.backendIPConfigurations[*].etag !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerBackendAddressPools[*].properties.backendIPConfigurations[*] !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerBackendAddressPools[*].properties.backendIPConfigurations !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerBackendAddressPools[*].properties.loadBalancingRules[*].id !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerBackendAddressPools[*].properties.loadBalancingRules[*] !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerBackendAddressPools[*].properties.loadBalancingRules !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerBackendAddressPools[*].properties.outboundNatRule.id !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerBackendAddressPools[*].properties.outboundNatRule !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerBackendAddressPools[*].properties.provisioningState !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerBackendAddressPools[*].name !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerBackendAddressPools[*].etag !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerBackendAddressPools[*] !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerBackendAddressPools !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerInboundNatRules[*].properties.frontendIPConfiguration.id !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerInboundNatRules[*].properties.frontendIPConfiguration !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerInboundNatRules[*].properties.backendIPConfiguration.name !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerInboundNatRules[*].properties.backendIPConfiguration.etag !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerInboundNatRules[*].properties.backendIPConfiguration !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerInboundNatRules[*].properties.protocol !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerInboundNatRules[*].properties.frontendPort !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerInboundNatRules[*].properties.backendPort !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerInboundNatRules[*].properties.idleTimeoutInMinutes !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerInboundNatRules[*].properties.enableFloatingIP !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerInboundNatRules[*].properties.provisioningState !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerInboundNatRules[*].name !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerInboundNatRules[*].etag !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerInboundNatRules[*] !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerInboundNatRules !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.privateIPAddress !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.privateIPAllocationMethod !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.subnet.name !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.subnet.etag !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.subnet !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.primary !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.publicIPAllocationMethod !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.ipConfiguration.properties.privateIPAddress !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.ipConfiguration.properties.privateIPAllocationMethod !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.ipConfiguration.properties.subnet.name !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.ipConfiguration.properties.subnet.etag !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.ipConfiguration.properties.subnet !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.ipConfiguration.properties.provisioningState !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.ipConfiguration.name !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.ipConfiguration.etag !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.ipConfiguration !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.dnsSettings.domainNameLabel !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.dnsSettings.fqdn !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.dnsSettings.reverseFqdn !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.dnsSettings !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.ipAddress !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.idleTimeoutInMinutes !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.resourceGuid !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.provisioningState !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.publicIPAddress.etag !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.publicIPAddress !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.provisioningState !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].name !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].etag !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*] !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.dnsSettings.dnsServers[*] !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.dnsSettings.dnsServers !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.dnsSettings.appliedDnsServers[*] !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.dnsSettings.appliedDnsServers !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.dnsSettings.internalDnsNameLabel !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.dnsSettings.internalFqdn !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.dnsSettings !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.macAddress !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.primary !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.enableIPForwarding !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.resourceGuid !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.provisioningState !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].etag !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*] !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces !
=properties.subnets[*].properties.networkSecurityGroup.properties.resourceGuid
=properties.subnets[*].properties.networkSecurityGroup.properties.provisioningState
=properties.subnets[*].properties.networkSecurityGroup.etag
=properties.subnets[*].properties.routeTable.properties.routes[*].properties.addressPrefix
=properties.subnets[*].properties.routeTable.properties.routes[*].properties.nextHopType
=properties.subnets[*].properties.routeTable.properties.routes[*].properties.nextHopIpAddress
=properties.subnets[*].properties.routeTable.properties.routes[*].properties.provisioningState
=properties.subnets[*].properties.routeTable.properties.routes[*].name
=properties.subnets[*].properties.routeTable.properties.routes[*].etag
=properties.subnets[*].properties.routeTable.properties.routes[*]
=properties.subnets[*].properties.routeTable.properties.routes
=properties.subnets[*].properties.routeTable.properties.provisioningState
=properties.subnets[*].properties.routeTable.etag
=properties.subnets[*].properties.ipConfigurations[*].name !
=properties.subnets[*].properties.ipConfigurations[*].etag !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.loadBalancerBackendAddressPools[*].properties.loadBalancingRules[*].id !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.loadBalancerBackendAddressPools[*].properties.loadBalancingRules[*] !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.loadBalancerBackendAddressPools[*].properties.loadBalancingRules !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.loadBalancerBackendAddressPools[*].properties.outboundNatRule.id !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.loadBalancerBackendAddressPools[*].properties.outboundNatRule !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.loadBalancerBackendAddressPools[*].properties.provisioningState !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.loadBalancerBackendAddressPools[*].name !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.loadBalancerBackendAddressPools[*].etag !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.loadBalancerBackendAddressPools[*] !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.loadBalancerBackendAddressPools !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.loadBalancerInboundNatRules[*].properties.frontendIPConfiguration.id !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.loadBalancerInboundNatRules[*].properties.frontendIPConfiguration !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.loadBalancerInboundNatRules[*].properties.backendIPConfiguration.name !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.loadBalancerInboundNatRules[*].properties.backendIPConfiguration.etag !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.loadBalancerInboundNatRules[*].properties.backendIPConfiguration !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.loadBalancerInboundNatRules[*].properties.protocol !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.loadBalancerInboundNatRules[*].properties.frontendPort !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.loadBalancerInboundNatRules[*].properties.backendPort !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.loadBalancerInboundNatRules[*].properties.idleTimeoutInMinutes !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.loadBalancerInboundNatRules[*].properties.enableFloatingIP !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.loadBalancerInboundNatRules[*].properties.provisioningState !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.loadBalancerInboundNatRules[*].name !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.loadBalancerInboundNatRules[*].etag !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.loadBalancerInboundNatRules[*] !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.loadBalancerInboundNatRules !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.privateIPAddress !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.privateIPAllocationMethod !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.privateIPAddressVersion !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.subnet.name !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.subnet.etag !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.subnet !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.primary !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.publicIPAddress.properties.publicIPAllocationMethod !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.publicIPAddress.properties.publicIPAddressVersion !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.publicIPAddress.properties.ipConfiguration.properties.privateIPAddress !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.publicIPAddress.properties.ipConfiguration.properties.privateIPAllocationMethod !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.publicIPAddress.properties.ipConfiguration.properties.subnet.name !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.publicIPAddress.properties.ipConfiguration.properties.subnet.etag !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.publicIPAddress.properties.ipConfiguration.properties.subnet !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.publicIPAddress.properties.ipConfiguration.properties.provisioningState !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.publicIPAddress.properties.ipConfiguration.name !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.publicIPAddress.properties.ipConfiguration.etag !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.publicIPAddress.properties.ipConfiguration !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.publicIPAddress.properties.dnsSettings.domainNameLabel !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.publicIPAddress.properties.dnsSettings.fqdn !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.publicIPAddress.properties.dnsSettings.reverseFqdn !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.publicIPAddress.properties.dnsSettings !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.publicIPAddress.properties.ipAddress !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.publicIPAddress.properties.idleTimeoutInMinutes !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.publicIPAddress.properties.resourceGuid !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.publicIPAddress.properties.provisioningState !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.publicIPAddress.etag !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.publicIPAddress !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.provisioningState !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].name !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].etag !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*] !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].id !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendAddresses[*].fqdn !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendAddresses[*].ipAddress !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendAddresses[*] !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendAddresses !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.provisioningState !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].name !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].etag !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*] !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.privateIPAddressVersion !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.dnsSettings.internalDomainNameSuffix !
=properties.subnets[*].properties.resourceNavigationLinks[*].properties.linkedResourceType
=properties.subnets[*].properties.resourceNavigationLinks[*].properties.link
=properties.subnets[*].properties.resourceNavigationLinks[*].properties.provisioningState !
=properties.subnets[*].properties.resourceNavigationLinks[*].name
=properties.subnets[*].properties.resourceNavigationLinks[*].etag !
=properties.subnets[*].properties.resourceNavigationLinks[*]
=properties.subnets[*].properties.resourceNavigationLinks
virtualNetworkPeerings[*].allowVirtualNetworkAccess = properties.VirtualNetworkPeerings[*].properties.allowVirtualNetworkAccess
virtualNetworkPeerings[*].allowForwardedTraffic = properties.VirtualNetworkPeerings[*].properties.allowForwardedTraffic
virtualNetworkPeerings[*].allowGatewayTransit = properties.VirtualNetworkPeerings[*].properties.allowGatewayTransit
virtualNetworkPeerings[*].useRemoteGateways = properties.VirtualNetworkPeerings[*].properties.useRemoteGateways
virtualNetworkPeerings[*].remoteVirtualNetwork.id = properties.VirtualNetworkPeerings[*].properties.remoteVirtualNetwork.id
virtualNetworkPeerings[*].remoteVirtualNetwork = properties.VirtualNetworkPeerings[*].properties.remoteVirtualNetwork
virtualNetworkPeerings[*].peeringState = properties.VirtualNetworkPeerings[*].properties.peeringState
virtualNetworkPeerings[*].provisioningState = properties.VirtualNetworkPeerings[*].properties.provisioningState !
virtualNetworkPeerings[*].name = properties.VirtualNetworkPeerings[*].name
virtualNetworkPeerings[*].etag = properties.VirtualNetworkPeerings[*].etag !
virtualNetworkPeerings[*] = properties.VirtualNetworkPeerings[*]
virtualNetworkPeerings = properties.VirtualNetworkPeerings
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.publicIPAddressVersion !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.enableAcceleratedNetworking !
=properties.subnets[*].properties.networkSecurityGroup.properties.securityRules[*].properties.sourceAddressPrefixes[*]
=properties.subnets[*].properties.networkSecurityGroup.properties.securityRules[*].properties.sourceAddressPrefixes
=properties.subnets[*].properties.networkSecurityGroup.properties.securityRules[*].properties.destinationAddressPrefixes[*]
=properties.subnets[*].properties.networkSecurityGroup.properties.securityRules[*].properties.destinationAddressPrefixes
=properties.subnets[*].properties.networkSecurityGroup.properties.securityRules[*].properties.sourcePortRanges[*]
=properties.subnets[*].properties.networkSecurityGroup.properties.securityRules[*].properties.sourcePortRanges
=properties.subnets[*].properties.networkSecurityGroup.properties.securityRules[*].properties.destinationPortRanges[*]
=properties.subnets[*].properties.networkSecurityGroup.properties.securityRules[*].properties.destinationPortRanges
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].type !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.publicIPAddress.zones[*] !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.publicIPAddress.zones !
=properties.subnets[*].properties.serviceEndpoints[*].locations
=properties.subnets[*].properties.serviceEndpoints[*].provisioningState
=properties.subnets[*].properties.serviceEndpoints[*]
=properties.subnets[*].properties.serviceEndpoints
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.publicIPAddress.sku.name !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.publicIPAddress.sku !
=properties.subnets[*].properties.networkSecurityGroup.properties.securityRules[*].properties.sourceApplicationSecurityGroups[*].properties.resourceGuid !
=properties.subnets[*].properties.networkSecurityGroup.properties.securityRules[*].properties.sourceApplicationSecurityGroups[*].properties.provisioningState !
=properties.subnets[*].properties.networkSecurityGroup.properties.securityRules[*].properties.sourceApplicationSecurityGroups[*].etag !
=properties.subnets[*].properties.networkSecurityGroup.properties.securityRules[*].properties.sourceApplicationSecurityGroups[*]
=properties.subnets[*].properties.networkSecurityGroup.properties.securityRules[*].properties.sourceApplicationSecurityGroups
=properties.subnets[*].properties.networkSecurityGroup.properties.securityRules[*].properties.sourceApplicationSecurityGroups[*].id
=properties.subnets[*].properties.networkSecurityGroup.properties.securityRules[*].properties.sourceApplicationSecurityGroups[*].name !
=properties.subnets[*].properties.networkSecurityGroup.properties.securityRules[*].properties.sourceApplicationSecurityGroups[*].type !
=properties.subnets[*].properties.networkSecurityGroup.properties.securityRules[*].properties.sourceApplicationSecurityGroups[*].location
=properties.subnets[*].properties.networkSecurityGroup.properties.securityRules[*].properties.sourceApplicationSecurityGroups[*].tags
=properties.subnets[*].properties.networkSecurityGroup.properties.securityRules[*].properties.destinationApplicationSecurityGroups[*].etag !
=properties.subnets[*].properties.networkSecurityGroup.properties.securityRules[*].properties.destinationApplicationSecurityGroups[*]
=properties.subnets[*].properties.networkSecurityGroup.properties.securityRules[*].properties.destinationApplicationSecurityGroups
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationSecurityGroups[*].etag !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationSecurityGroups[*] !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationSecurityGroups !
=properties.virtualNetworkPeerings[*].properties.remoteAddressSpace.addressPrefixes[*]
=properties.virtualNetworkPeerings[*].properties.remoteAddressSpace.addressPrefixes
=properties.virtualNetworkPeerings[*].properties.remoteAddressSpace
enableDdosProtection
enableVmProtection
=properties.subnets[*].properties.routeTable.properties.disableBgpRoutePropagation
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.ipTags[*].ipTagType !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.ipTags[*].tag !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.ipTags[*] !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.ipTags !
ddosProtectionPlan
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerBackendAddressPools[*].properties.outboundRule.id !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerBackendAddressPools[*].properties.outboundRule !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerInboundNatRules[*].properties.enableTcpReset !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.publicIPPrefix.id !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.publicIPPrefix !
=properties.subnets[*].properties.serviceEndpointPolicies[*].properties.serviceEndpointPolicyDefinitions[*].properties.description
=properties.subnets[*].properties.serviceEndpointPolicies[*].properties.serviceEndpointPolicyDefinitions[*].properties.service
=properties.subnets[*].properties.serviceEndpointPolicies[*].properties.serviceEndpointPolicyDefinitions[*].properties.serviceResources[*]
=properties.subnets[*].properties.serviceEndpointPolicies[*].properties.serviceEndpointPolicyDefinitions[*].properties.serviceResources
=properties.subnets[*].properties.serviceEndpointPolicies[*].properties.serviceEndpointPolicyDefinitions[*].properties.provisioningState !
=properties.subnets[*].properties.serviceEndpointPolicies[*].properties.serviceEndpointPolicyDefinitions[*].name
=properties.subnets[*].properties.serviceEndpointPolicies[*].properties.serviceEndpointPolicyDefinitions[*].etag
=properties.subnets[*].properties.serviceEndpointPolicies[*].properties.serviceEndpointPolicyDefinitions[*]
=properties.subnets[*].properties.serviceEndpointPolicies[*].properties.serviceEndpointPolicyDefinitions
=properties.subnets[*].properties.serviceEndpointPolicies[*].properties.resourceGuid !
=properties.subnets[*].properties.serviceEndpointPolicies[*].properties.provisioningState !
=properties.subnets[*].properties.serviceEndpointPolicies[*].etag
=properties.subnets[*].properties.serviceEndpointPolicies[*]
=properties.subnets[*].properties.serviceEndpointPolicies
=properties.subnets[*].properties.addressPrefixes[*]
=properties.subnets[*].properties.addressPrefixes
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.interfaceEndpoint.properties.fqdn !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.interfaceEndpoint.properties.endpointService.id !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.interfaceEndpoint.properties.endpointService !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.interfaceEndpoint.properties.subnet.name !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.interfaceEndpoint.properties.subnet.etag !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.interfaceEndpoint.properties.subnet !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.interfaceEndpoint.properties.owner !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.interfaceEndpoint.properties.provisioningState !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.interfaceEndpoint.etag !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.interfaceEndpoint !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.networkInterfaceTapConfigurations[*].properties.virtualNetworkTap.etag !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.networkInterfaceTapConfigurations[*].properties.virtualNetworkTap !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.networkInterfaceTapConfigurations[*].properties.provisioningState !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.networkInterfaceTapConfigurations[*].name !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.networkInterfaceTapConfigurations[*].etag !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.networkInterfaceTapConfigurations[*].type !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.networkInterfaceTapConfigurations[*] !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.networkInterfaceTapConfigurations !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.resourceGuid !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.provisioningState !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationNetworkInterfaceIPConfiguration.name !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationNetworkInterfaceIPConfiguration.etag !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationNetworkInterfaceIPConfiguration !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.inboundNatRules[*].id !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.inboundNatRules[*] !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.inboundNatRules !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.inboundNatPools[*].id !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.inboundNatPools[*] !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.inboundNatPools !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.outboundRules[*].id !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.outboundRules[*] !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.outboundRules !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.loadBalancingRules[*].id !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.loadBalancingRules[*] !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.loadBalancingRules !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.privateIPAddress !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.privateIPAllocationMethod !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.subnet !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.sku.name !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.sku !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.publicIPAllocationMethod !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.publicIPAddressVersion !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.ipConfiguration.properties.privateIPAddress !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.ipConfiguration.properties.privateIPAllocationMethod !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.ipConfiguration.properties.subnet.name !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.ipConfiguration.properties.subnet.etag !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.ipConfiguration.properties.subnet !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.ipConfiguration.properties.provisioningState !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.ipConfiguration.name !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.ipConfiguration.etag !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.ipConfiguration !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.dnsSettings.domainNameLabel !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.dnsSettings.fqdn !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.dnsSettings.reverseFqdn !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.dnsSettings !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.ipTags[*].ipTagType !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.ipTags[*].tag !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.ipTags[*] !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.ipTags !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.ipAddress !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.publicIPPrefix.id !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.publicIPPrefix !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.idleTimeoutInMinutes !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.resourceGuid !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.provisioningState !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.etag !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.zones[*] !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.zones !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPPrefix !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.provisioningState !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.name !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.etag !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.zones[*] !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.zones !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationPort !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].etag !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*] !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.tapConfigurations[*].name !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.tapConfigurations[*].etag !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.tapConfigurations[*].type !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.tapConfigurations[*] !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.tapConfigurations !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.hostedWorkloads[*] !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.hostedWorkloads !
=properties.subnets[*].properties.interfaceEndpoints[*].etag !
=properties.subnets[*].properties.interfaceEndpoints[*] !
=properties.subnets[*].properties.interfaceEndpoints !
=properties.subnets[*].properties.ipConfigurationProfiles[*].properties.subnet !
=properties.subnets[*].properties.ipConfigurationProfiles[*].properties.provisioningState !
=properties.subnets[*].properties.ipConfigurationProfiles[*].name !
=properties.subnets[*].properties.ipConfigurationProfiles[*].type !
=properties.subnets[*].properties.ipConfigurationProfiles[*].etag !
=properties.subnets[*].properties.ipConfigurationProfiles[*] !
=properties.subnets[*].properties.ipConfigurationProfiles !
=properties.subnets[*].properties.serviceAssociationLinks[*].properties.linkedResourceType
=properties.subnets[*].properties.serviceAssociationLinks[*].properties.link
=properties.subnets[*].properties.serviceAssociationLinks[*].properties.provisioningState !
=properties.subnets[*].properties.serviceAssociationLinks[*].name
=properties.subnets[*].properties.serviceAssociationLinks[*].etag !
=properties.subnets[*].properties.serviceAssociationLinks[*]
=properties.subnets[*].properties.serviceAssociationLinks
=properties.subnets[*].properties.delegations[*].properties.serviceName
=properties.subnets[*].properties.delegations[*].properties.actions[*]
=properties.subnets[*].properties.delegations[*].properties.actions
=properties.subnets[*].properties.delegations[*].properties.provisioningState !
=properties.subnets[*].properties.delegations[*].name
=properties.subnets[*].properties.delegations[*].etag
=properties.subnets[*].properties.delegations[*]
=properties.subnets[*].properties.delegations
=properties.subnets[*].properties.purpose !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.ddosSettings.ddosCustomPolicy.id !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.ddosSettings.ddosCustomPolicy !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.ddosSettings.protectionCoverage !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.ddosSettings !
=properties.subnets[*].properties.natGateway.id
=properties.subnets[*].properties.natGateway
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.subnet.name !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.subnet.etag !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.subnet !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.provisioningState !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.privateLinkServiceConnections[*].properties.privateLinkServiceId !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.privateLinkServiceConnections[*].properties.groupIds[*] !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.privateLinkServiceConnections[*].properties.groupIds !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.privateLinkServiceConnections[*].properties.requestMessage !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.privateLinkServiceConnections[*].properties.privateLinkServiceConnectionState.status !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.privateLinkServiceConnections[*].properties.privateLinkServiceConnectionState.description !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.privateLinkServiceConnections[*].properties.privateLinkServiceConnectionState.actionRequired !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.privateLinkServiceConnections[*].properties.privateLinkServiceConnectionState !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.privateLinkServiceConnections[*].name !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.privateLinkServiceConnections[*] !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.privateLinkServiceConnections !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.manualPrivateLinkServiceConnections[*].name !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.manualPrivateLinkServiceConnections[*] !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.manualPrivateLinkServiceConnections !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.etag !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.privateIPAddressVersion !
=properties.subnets[*].properties.privateEndpoints[*].etag !
=properties.subnets[*].properties.privateEndpoints[*] !
=properties.subnets[*].properties.privateEndpoints !
=properties.subnets[*].properties.resourceNavigationLinks[*].id
=properties.subnets[*].properties.resourceNavigationLinks[*].type !
=properties.subnets[*].properties.serviceAssociationLinks[*].properties.allowDelete !
=properties.subnets[*].properties.serviceAssociationLinks[*].properties.locations[*] !
=properties.subnets[*].properties.serviceAssociationLinks[*].properties.locations !
=properties.subnets[*].properties.serviceAssociationLinks[*].type !
=properties.subnets[*].properties.privateEndpointNetworkPolicies
=properties.subnets[*].properties.privateLinkServiceNetworkPolicies
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.type !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerBackendAddressPools[*].properties.outboundRules[*] !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerBackendAddressPools[*].properties.outboundRules !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerBackendAddressPools[*].type !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerInboundNatRules[*].type !
=properties.subnets[*].properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.description
=properties.subnets[*].properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.protocol
=properties.subnets[*].properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.sourcePortRange
=properties.subnets[*].properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.destinationPortRange
=properties.subnets[*].properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.sourceAddressPrefix
=properties.subnets[*].properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.destinationAddressPrefix
=properties.subnets[*].properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.access
=properties.subnets[*].properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.priority
=properties.subnets[*].properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.direction
=properties.subnets[*].properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.provisioningState
=properties.subnets[*].properties.networkSecurityGroup.properties.defaultSecurityRules[*].id
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].id !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].id !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].name !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].type !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].location !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].tags !
=properties.subnets[*].properties.networkSecurityGroup.name !
=properties.subnets[*].properties.networkSecurityGroup.type !
=properties.subnets[*].properties.networkSecurityGroup.location
=properties.subnets[*].properties.networkSecurityGroup.tags
=properties.subnets[*].properties.routeTable.properties.routes[*].id
=properties.subnets[*].properties.routeTable.name !
=properties.subnets[*].properties.routeTable.type !
=properties.subnets[*].properties.routeTable.location
=properties.subnets[*].properties.routeTable.tags
=properties.subnets[*].properties.ipConfigurations[*].properties.privateIPAddress !
=properties.subnets[*].properties.ipConfigurations[*].properties.privateIPAllocationMethod !
=properties.subnets[*].properties.ipConfigurations[*].properties.subnet.name !
=properties.subnets[*].properties.ipConfigurations[*].properties.subnet.etag !
=properties.subnets[*].properties.ipConfigurations[*].properties.subnet !
=properties.subnets[*].properties.ipConfigurations[*].properties.subnet.id !
=properties.subnets[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.publicIPAllocationMethod !
=properties.subnets[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.ipConfiguration.name !
=properties.subnets[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.ipConfiguration.etag !
=properties.subnets[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.ipConfiguration !
=properties.subnets[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.ipConfiguration.id !
=properties.subnets[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.dnsSettings.domainNameLabel !
=properties.subnets[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.dnsSettings.fqdn !
=properties.subnets[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.dnsSettings.reverseFqdn !
=properties.subnets[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.dnsSettings !
=properties.subnets[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.ipAddress !
=properties.subnets[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.idleTimeoutInMinutes !
=properties.subnets[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.resourceGuid !
=properties.subnets[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.provisioningState !
=properties.subnets[*].properties.ipConfigurations[*].properties.publicIPAddress.etag !
=properties.subnets[*].properties.ipConfigurations[*].properties.publicIPAddress !
=properties.subnets[*].properties.ipConfigurations[*].properties.publicIPAddress.id !
=properties.subnets[*].properties.ipConfigurations[*].properties.publicIPAddress.name !
=properties.subnets[*].properties.ipConfigurations[*].properties.publicIPAddress.type !
=properties.subnets[*].properties.ipConfigurations[*].properties.publicIPAddress.location !
=properties.subnets[*].properties.ipConfigurations[*].properties.publicIPAddress.tags !
=properties.subnets[*].properties.ipConfigurations[*].properties.provisioningState !
=properties.subnets[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.publicIPAddressVersion !
VirtualNetworkPeerings[*].id
=properties.subnets[*].properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.sourceAddressPrefixes[*]
=properties.subnets[*].properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.sourceAddressPrefixes
=properties.subnets[*].properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.destinationAddressPrefixes[*]
=properties.subnets[*].properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.destinationAddressPrefixes
=properties.subnets[*].properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.sourcePortRanges[*]
=properties.subnets[*].properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.sourcePortRanges
=properties.subnets[*].properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.destinationPortRanges[*]
=properties.subnets[*].properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.destinationPortRanges
=properties.subnets[*].properties.ipConfigurations[*].properties.publicIPAddress.zones[*] !
=properties.subnets[*].properties.ipConfigurations[*].properties.publicIPAddress.zones !
=properties.subnets[*].properties.ipConfigurations[*].properties.publicIPAddress.sku.name !
=properties.subnets[*].properties.ipConfigurations[*].properties.publicIPAddress.sku !
=properties.subnets[*].properties.networkSecurityGroup.properties.securityRules[*].properties.destinationApplicationSecurityGroups[*].properties.resourceGuid !
=properties.subnets[*].properties.networkSecurityGroup.properties.securityRules[*].properties.destinationApplicationSecurityGroups[*].properties.provisioningState !
=properties.subnets[*].properties.networkSecurityGroup.properties.securityRules[*].properties.destinationApplicationSecurityGroups[*].id
=properties.subnets[*].properties.networkSecurityGroup.properties.securityRules[*].properties.destinationApplicationSecurityGroups[*].name !
=properties.subnets[*].properties.networkSecurityGroup.properties.securityRules[*].properties.destinationApplicationSecurityGroups[*].type !
=properties.subnets[*].properties.networkSecurityGroup.properties.securityRules[*].properties.destinationApplicationSecurityGroups[*].location
=properties.subnets[*].properties.networkSecurityGroup.properties.securityRules[*].properties.destinationApplicationSecurityGroups[*].tags
=properties.subnets[*].properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.sourceApplicationSecurityGroups[*].properties.resourceGuid !
=properties.subnets[*].properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.sourceApplicationSecurityGroups[*].properties.provisioningState !
=properties.subnets[*].properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.sourceApplicationSecurityGroups[*].etag !
=properties.subnets[*].properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.sourceApplicationSecurityGroups[*]
=properties.subnets[*].properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.sourceApplicationSecurityGroups
=properties.subnets[*].properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.sourceApplicationSecurityGroups[*].id
=properties.subnets[*].properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.sourceApplicationSecurityGroups[*].name !
=properties.subnets[*].properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.sourceApplicationSecurityGroups[*].type !
=properties.subnets[*].properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.sourceApplicationSecurityGroups[*].location
=properties.subnets[*].properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.sourceApplicationSecurityGroups[*].tags
=properties.subnets[*].properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.destinationApplicationSecurityGroups[*].properties.resourceGuid !
=properties.subnets[*].properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.destinationApplicationSecurityGroups[*].properties.provisioningState !
=properties.subnets[*].properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.destinationApplicationSecurityGroups[*].etag !
=properties.subnets[*].properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.destinationApplicationSecurityGroups[*]
=properties.subnets[*].properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.destinationApplicationSecurityGroups
=properties.subnets[*].properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.destinationApplicationSecurityGroups[*].id
=properties.subnets[*].properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.destinationApplicationSecurityGroups[*].name !
=properties.subnets[*].properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.destinationApplicationSecurityGroups[*].type !
=properties.subnets[*].properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.destinationApplicationSecurityGroups[*].location
=properties.subnets[*].properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.destinationApplicationSecurityGroups[*].tags
=properties.subnets[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.ipTags[*].ipTagType !
=properties.subnets[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.ipTags[*].tag !
=properties.subnets[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.ipTags[*] !
=properties.subnets[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.ipTags !
=properties.subnets[*].properties.serviceEndpointPolicies[*].properties.serviceEndpointPolicyDefinitions[*].id
=properties.subnets[*].properties.serviceEndpointPolicies[*].id
=properties.subnets[*].properties.serviceEndpointPolicies[*].name !
=properties.subnets[*].properties.serviceEndpointPolicies[*].type !
=properties.subnets[*].properties.serviceEndpointPolicies[*].location
=properties.subnets[*].properties.serviceEndpointPolicies[*].tags
=properties.subnets[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.publicIPPrefix.id !
=properties.subnets[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.publicIPPrefix !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.interfaceEndpoint.properties.subnet.id !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.interfaceEndpoint.id !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.interfaceEndpoint.name !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.interfaceEndpoint.type !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.interfaceEndpoint.location !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.interfaceEndpoint.tags !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.tapConfigurations[*].properties.virtualNetworkTap.etag !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.tapConfigurations[*].properties.virtualNetworkTap !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.tapConfigurations[*].properties.virtualNetworkTap.id !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.tapConfigurations[*].properties.virtualNetworkTap.name !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.tapConfigurations[*].properties.virtualNetworkTap.type !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.tapConfigurations[*].properties.virtualNetworkTap.location !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.tapConfigurations[*].properties.virtualNetworkTap.tags !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.tapConfigurations[*].properties.provisioningState !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.tapConfigurations[*].id !
=properties.subnets[*].properties.interfaceEndpoints[*].properties.fqdn !
=properties.subnets[*].properties.interfaceEndpoints[*].properties.endpointService.id !
=properties.subnets[*].properties.interfaceEndpoints[*].properties.endpointService !
=properties.subnets[*].properties.interfaceEndpoints[*].properties.subnet.name !
=properties.subnets[*].properties.interfaceEndpoints[*].properties.subnet.etag !
=properties.subnets[*].properties.interfaceEndpoints[*].properties.subnet !
=properties.subnets[*].properties.interfaceEndpoints[*].properties.subnet.id !
=properties.subnets[*].properties.interfaceEndpoints[*].properties.networkInterfaces[*].etag !
=properties.subnets[*].properties.interfaceEndpoints[*].properties.networkInterfaces[*] !
=properties.subnets[*].properties.interfaceEndpoints[*].properties.networkInterfaces !
=properties.subnets[*].properties.interfaceEndpoints[*].properties.networkInterfaces[*].id !
=properties.subnets[*].properties.interfaceEndpoints[*].properties.networkInterfaces[*].name !
=properties.subnets[*].properties.interfaceEndpoints[*].properties.networkInterfaces[*].type !
=properties.subnets[*].properties.interfaceEndpoints[*].properties.networkInterfaces[*].location !
=properties.subnets[*].properties.interfaceEndpoints[*].properties.networkInterfaces[*].tags !
=properties.subnets[*].properties.interfaceEndpoints[*].properties.owner !
=properties.subnets[*].properties.interfaceEndpoints[*].properties.provisioningState !
=properties.subnets[*].properties.interfaceEndpoints[*].id !
=properties.subnets[*].properties.interfaceEndpoints[*].name !
=properties.subnets[*].properties.interfaceEndpoints[*].type !
=properties.subnets[*].properties.interfaceEndpoints[*].location !
=properties.subnets[*].properties.interfaceEndpoints[*].tags !
=properties.subnets[*].properties.ipConfigurationProfiles[*].properties.subnet.name !
=properties.subnets[*].properties.ipConfigurationProfiles[*].properties.subnet.etag !
=properties.subnets[*].properties.ipConfigurationProfiles[*].properties.subnet.id !
=properties.subnets[*].properties.ipConfigurationProfiles[*].id !
=properties.subnets[*].properties.serviceAssociationLinks[*].id
=properties.subnets[*].properties.delegations[*].id
=properties.subnets[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.ddosSettings.ddosCustomPolicy.id !
=properties.subnets[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.ddosSettings.ddosCustomPolicy !
=properties.subnets[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.ddosSettings.protectionCoverage !
=properties.subnets[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.ddosSettings !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.subnet.id !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.privateLinkServiceConnections[*].properties.provisioningState !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.privateLinkServiceConnections[*].type !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.privateLinkServiceConnections[*].etag !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.privateLinkServiceConnections[*].id !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.manualPrivateLinkServiceConnections[*].properties.provisioningState !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.manualPrivateLinkServiceConnections[*].properties.privateLinkServiceId !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.manualPrivateLinkServiceConnections[*].properties.groupIds[*] !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.manualPrivateLinkServiceConnections[*].properties.groupIds !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.manualPrivateLinkServiceConnections[*].properties.requestMessage !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.manualPrivateLinkServiceConnections[*].properties.privateLinkServiceConnectionState.status !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.manualPrivateLinkServiceConnections[*].properties.privateLinkServiceConnectionState.description !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.manualPrivateLinkServiceConnections[*].properties.privateLinkServiceConnectionState.actionRequired !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.manualPrivateLinkServiceConnections[*].properties.privateLinkServiceConnectionState !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.manualPrivateLinkServiceConnections[*].type !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.manualPrivateLinkServiceConnections[*].etag !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.manualPrivateLinkServiceConnections[*].id !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.id !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.name !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.type !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.location !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.tags !
=properties.subnets[*].properties.privateEndpoints[*].properties.subnet.name !
=properties.subnets[*].properties.privateEndpoints[*].properties.subnet.etag !
=properties.subnets[*].properties.privateEndpoints[*].properties.subnet !
=properties.subnets[*].properties.privateEndpoints[*].properties.subnet.id !
=properties.subnets[*].properties.privateEndpoints[*].properties.networkInterfaces[*].etag !
=properties.subnets[*].properties.privateEndpoints[*].properties.networkInterfaces[*] !
=properties.subnets[*].properties.privateEndpoints[*].properties.networkInterfaces !
=properties.subnets[*].properties.privateEndpoints[*].properties.networkInterfaces[*].id !
=properties.subnets[*].properties.privateEndpoints[*].properties.networkInterfaces[*].name !
=properties.subnets[*].properties.privateEndpoints[*].properties.networkInterfaces[*].type !
=properties.subnets[*].properties.privateEndpoints[*].properties.networkInterfaces[*].location !
=properties.subnets[*].properties.privateEndpoints[*].properties.networkInterfaces[*].tags !
=properties.subnets[*].properties.privateEndpoints[*].properties.provisioningState !
=properties.subnets[*].properties.privateEndpoints[*].properties.privateLinkServiceConnections[*].properties.provisioningState !
=properties.subnets[*].properties.privateEndpoints[*].properties.privateLinkServiceConnections[*].properties.privateLinkServiceId !
=properties.subnets[*].properties.privateEndpoints[*].properties.privateLinkServiceConnections[*].properties.groupIds[*] !
=properties.subnets[*].properties.privateEndpoints[*].properties.privateLinkServiceConnections[*].properties.groupIds !
=properties.subnets[*].properties.privateEndpoints[*].properties.privateLinkServiceConnections[*].properties.requestMessage !
=properties.subnets[*].properties.privateEndpoints[*].properties.privateLinkServiceConnections[*].properties.privateLinkServiceConnectionState.status !
=properties.subnets[*].properties.privateEndpoints[*].properties.privateLinkServiceConnections[*].properties.privateLinkServiceConnectionState.description !
=properties.subnets[*].properties.privateEndpoints[*].properties.privateLinkServiceConnections[*].properties.privateLinkServiceConnectionState.actionRequired !
=properties.subnets[*].properties.privateEndpoints[*].properties.privateLinkServiceConnections[*].properties.privateLinkServiceConnectionState !
=properties.subnets[*].properties.privateEndpoints[*].properties.privateLinkServiceConnections[*].name !
=properties.subnets[*].properties.privateEndpoints[*].properties.privateLinkServiceConnections[*].type !
=properties.subnets[*].properties.privateEndpoints[*].properties.privateLinkServiceConnections[*].etag !
=properties.subnets[*].properties.privateEndpoints[*].properties.privateLinkServiceConnections[*] !
=properties.subnets[*].properties.privateEndpoints[*].properties.privateLinkServiceConnections !
=properties.subnets[*].properties.privateEndpoints[*].properties.privateLinkServiceConnections[*].id !
=properties.subnets[*].properties.privateEndpoints[*].properties.manualPrivateLinkServiceConnections[*].properties.provisioningState !
=properties.subnets[*].properties.privateEndpoints[*].properties.manualPrivateLinkServiceConnections[*].properties.privateLinkServiceId !
=properties.subnets[*].properties.privateEndpoints[*].properties.manualPrivateLinkServiceConnections[*].properties.groupIds[*] !
=properties.subnets[*].properties.privateEndpoints[*].properties.manualPrivateLinkServiceConnections[*].properties.groupIds !
=properties.subnets[*].properties.privateEndpoints[*].properties.manualPrivateLinkServiceConnections[*].properties.requestMessage !
=properties.subnets[*].properties.privateEndpoints[*].properties.manualPrivateLinkServiceConnections[*].properties.privateLinkServiceConnectionState.status !
=properties.subnets[*].properties.privateEndpoints[*].properties.manualPrivateLinkServiceConnections[*].properties.privateLinkServiceConnectionState.description !
=properties.subnets[*].properties.privateEndpoints[*].properties.manualPrivateLinkServiceConnections[*].properties.privateLinkServiceConnectionState.actionRequired !
=properties.subnets[*].properties.privateEndpoints[*].properties.manualPrivateLinkServiceConnections[*].properties.privateLinkServiceConnectionState !
=properties.subnets[*].properties.privateEndpoints[*].properties.manualPrivateLinkServiceConnections[*].name !
=properties.subnets[*].properties.privateEndpoints[*].properties.manualPrivateLinkServiceConnections[*].type !
=properties.subnets[*].properties.privateEndpoints[*].properties.manualPrivateLinkServiceConnections[*].etag !
=properties.subnets[*].properties.privateEndpoints[*].properties.manualPrivateLinkServiceConnections[*] !
=properties.subnets[*].properties.privateEndpoints[*].properties.manualPrivateLinkServiceConnections !
=properties.subnets[*].properties.privateEndpoints[*].properties.manualPrivateLinkServiceConnections[*].id !
=properties.subnets[*].properties.privateEndpoints[*].id !
=properties.subnets[*].properties.privateEndpoints[*].name !
=properties.subnets[*].properties.privateEndpoints[*].type !
=properties.subnets[*].properties.privateEndpoints[*].location !
=properties.subnets[*].properties.privateEndpoints[*].tags !
bgpCommunities.virtualNetworkCommunity
bgpCommunities.regionalCommunity !
bgpCommunities
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.privateLinkServiceConnections[*].properties.privateLinkServiceConnectionState.actionsRequired !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.manualPrivateLinkServiceConnections[*].properties.privateLinkServiceConnectionState.actionsRequired !
=properties.subnets[*].properties.privateEndpoints[*].properties.privateLinkServiceConnections[*].properties.privateLinkServiceConnectionState.actionsRequired !
=properties.subnets[*].properties.privateEndpoints[*].properties.manualPrivateLinkServiceConnections[*].properties.privateLinkServiceConnectionState.actionsRequired !
=properties.subnets[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.ddosSettings.protectedIP !
=properties.subnets[*].properties.networkSecurityGroup.properties.flowLogs[*].properties.targetResourceId !
=properties.subnets[*].properties.networkSecurityGroup.properties.flowLogs[*].properties.targetResourceGuid !
=properties.subnets[*].properties.networkSecurityGroup.properties.flowLogs[*].properties.storageId !
=properties.subnets[*].properties.networkSecurityGroup.properties.flowLogs[*].properties.enabled !
=properties.subnets[*].properties.networkSecurityGroup.properties.flowLogs[*].properties.retentionPolicy.days !
=properties.subnets[*].properties.networkSecurityGroup.properties.flowLogs[*].properties.retentionPolicy.enabled !
=properties.subnets[*].properties.networkSecurityGroup.properties.flowLogs[*].properties.retentionPolicy !
=properties.subnets[*].properties.networkSecurityGroup.properties.flowLogs[*].properties.format.type !
=properties.subnets[*].properties.networkSecurityGroup.properties.flowLogs[*].properties.format.version !
=properties.subnets[*].properties.networkSecurityGroup.properties.flowLogs[*].properties.format !
=properties.subnets[*].properties.networkSecurityGroup.properties.flowLogs[*].properties.flowAnalyticsConfiguration.networkWatcherFlowAnalyticsConfiguration.enabled !
=properties.subnets[*].properties.networkSecurityGroup.properties.flowLogs[*].properties.flowAnalyticsConfiguration.networkWatcherFlowAnalyticsConfiguration.workspaceId !
=properties.subnets[*].properties.networkSecurityGroup.properties.flowLogs[*].properties.flowAnalyticsConfiguration.networkWatcherFlowAnalyticsConfiguration.workspaceRegion !
=properties.subnets[*].properties.networkSecurityGroup.properties.flowLogs[*].properties.flowAnalyticsConfiguration.networkWatcherFlowAnalyticsConfiguration.workspaceResourceId !
=properties.subnets[*].properties.networkSecurityGroup.properties.flowLogs[*].properties.flowAnalyticsConfiguration.networkWatcherFlowAnalyticsConfiguration.trafficAnalyticsInterval !
=properties.subnets[*].properties.networkSecurityGroup.properties.flowLogs[*].properties.flowAnalyticsConfiguration.networkWatcherFlowAnalyticsConfiguration !
=properties.subnets[*].properties.networkSecurityGroup.properties.flowLogs[*].properties.flowAnalyticsConfiguration !
=properties.subnets[*].properties.networkSecurityGroup.properties.flowLogs[*].properties.provisioningState !
=properties.subnets[*].properties.networkSecurityGroup.properties.flowLogs[*].etag !
=properties.subnets[*].properties.networkSecurityGroup.properties.flowLogs[*] !
=properties.subnets[*].properties.networkSecurityGroup.properties.flowLogs !
=properties.subnets[*].properties.networkSecurityGroup.properties.flowLogs[*].id !
=properties.subnets[*].properties.networkSecurityGroup.properties.flowLogs[*].name !
=properties.subnets[*].properties.networkSecurityGroup.properties.flowLogs[*].type !
=properties.subnets[*].properties.networkSecurityGroup.properties.flowLogs[*].location !
=properties.subnets[*].properties.networkSecurityGroup.properties.flowLogs[*].tags !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.customDnsConfigs[*].fqdn !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.customDnsConfigs[*].ipAddresses[*] !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.customDnsConfigs[*].ipAddresses !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.customDnsConfigs[*] !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.customDnsConfigs !
=properties.subnets[*].properties.privateEndpoints[*].properties.customDnsConfigs[*].fqdn !
=properties.subnets[*].properties.privateEndpoints[*].properties.customDnsConfigs[*].ipAddresses[*] !
=properties.subnets[*].properties.privateEndpoints[*].properties.customDnsConfigs[*].ipAddresses !
=properties.subnets[*].properties.privateEndpoints[*].properties.customDnsConfigs[*] !
=properties.subnets[*].properties.privateEndpoints[*].properties.customDnsConfigs !
=properties.subnets[*].properties.ipAllocations[*].id
=properties.subnets[*].properties.ipAllocations[*]
=properties.subnets[*].properties.ipAllocations
ipAllocations[*].id
ipAllocations[*]
ipAllocations
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.networkSecurityGroup !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.networkSecurityGroup.id !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.networkSecurityGroup.name !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.networkSecurityGroup.type !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.networkSecurityGroup.location !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.networkSecurityGroup.tags !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.networkSecurityGroup.etag !
=properties.subnets[*].properties.networkSecurityGroup.properties.subnets !
=properties.subnets[*].properties.networkSecurityGroup.properties.subnets[*] !
=properties.subnets[*].properties.networkSecurityGroup.properties.subnets[*].id !
=properties.subnets[*].properties.networkSecurityGroup.properties.subnets[*].name !
=properties.subnets[*].properties.networkSecurityGroup.properties.subnets[*].etag !
=properties.subnets[*].properties.routeTable.properties.subnets !
=properties.subnets[*].properties.routeTable.properties.subnets[*] !
=properties.subnets[*].properties.routeTable.properties.subnets[*].id !
=properties.subnets[*].properties.routeTable.properties.subnets[*].name !
=properties.subnets[*].properties.routeTable.properties.subnets[*].etag !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.interfaceEndpoint.properties.networkInterfaces !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.interfaceEndpoint.properties.networkInterfaces[*] !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.interfaceEndpoint.properties.networkInterfaces[*].id !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.interfaceEndpoint.properties.networkInterfaces[*].name !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.interfaceEndpoint.properties.networkInterfaces[*].type !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.interfaceEndpoint.properties.networkInterfaces[*].location !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.interfaceEndpoint.properties.networkInterfaces[*].tags !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.interfaceEndpoint.properties.networkInterfaces[*].etag !
=properties.subnets[*].properties.serviceEndpointPolicies[*].properties.subnets !
=properties.subnets[*].properties.serviceEndpointPolicies[*].properties.subnets[*] !
=properties.subnets[*].properties.serviceEndpointPolicies[*].properties.subnets[*].id !
=properties.subnets[*].properties.serviceEndpointPolicies[*].properties.subnets[*].name !
=properties.subnets[*].properties.serviceEndpointPolicies[*].properties.subnets[*].etag !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.networkInterfaces !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.networkInterfaces[*] !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.networkInterfaces[*].id !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.networkInterfaces[*].name !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.networkInterfaces[*].type !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.networkInterfaces[*].location !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.networkInterfaces[*].tags !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.networkInterfaces[*].etag !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.dscpConfiguration !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.dscpConfiguration.id !
=properties.virtualNetworkPeerings[*].properties.remoteBgpCommunities
=properties.virtualNetworkPeerings[*].properties.remoteBgpCommunities.virtualNetworkCommunity
=properties.virtualNetworkPeerings[*].properties.remoteBgpCommunities.regionalCommunity !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].extendedLocation !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].extendedLocation.name !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].extendedLocation.type !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.networkInterfaces[*].extendedLocation !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.networkInterfaces[*].extendedLocation.name !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.networkInterfaces[*].extendedLocation.type !
=properties.subnets[*].properties.privateEndpoints[*].properties.networkInterfaces[*].extendedLocation !
=properties.subnets[*].properties.privateEndpoints[*].properties.networkInterfaces[*].extendedLocation.name !
=properties.subnets[*].properties.privateEndpoints[*].properties.networkInterfaces[*].extendedLocation.type !
=properties.subnets[*].properties.ipConfigurations[*].properties.publicIPAddress.extendedLocation !
=properties.subnets[*].properties.ipConfigurations[*].properties.publicIPAddress.extendedLocation.name !
=properties.subnets[*].properties.ipConfigurations[*].properties.publicIPAddress.extendedLocation.type !
=properties.subnets[*].properties.ipConfigurations[*].properties.publicIPAddress.sku.tier !
=properties.virtualNetworkPeerings[*].properties.remoteVirtualNetworkAddressSpace
=properties.virtualNetworkPeerings[*].properties.remoteVirtualNetworkAddressSpace.addressPrefixes
=properties.virtualNetworkPeerings[*].properties.remoteVirtualNetworkAddressSpace.addressPrefixes[*]
=properties.virtualNetworkPeerings[*].properties.peeringSyncLevel
=properties.virtualNetworkPeerings[*].properties.syncRemoteAddressSpace !
=properties.subnets[*].properties.networkSecurityGroup.properties.securityRules[*].type
=properties.subnets[*].properties.networkSecurityGroup.properties.defaultSecurityRules[*].type
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.extendedLocation !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.extendedLocation.name !
=properties.subnets[*].properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.extendedLocation.type !
=properties.subnets[*].properties.routeTable.properties.routes[*].properties.hasBgpOverride !
=properties.subnets[*].properties.routeTable.properties.routes[*].type
=properties.subnets[*].properties.routeTable.properties.resourceGuid !
=properties.subnets[*].properties.privateEndpoints[*].extendedLocation !
=properties.subnets[*].properties.privateEndpoints[*].extendedLocation.name !
=properties.subnets[*].properties.privateEndpoints[*].extendedLocation.type !
subnets[*].type
=properties.virtualNetworkPeerings[*].properties.resourceGuid !
virtualNetworkPeerings[*].type
=properties.subnets[*].properties.delegations[*].type
=properties.subnets[*].properties.applicationGatewayIpConfigurations
=properties.subnets[*].properties.applicationGatewayIpConfigurations[*]
=properties.subnets[*].properties.applicationGatewayIpConfigurations[*].name
=properties.subnets[*].properties.applicationGatewayIpConfigurations[*].etag !
=properties.subnets[*].properties.applicationGatewayIpConfigurations[*].type !
=properties.virtualNetworkPeerings[*].properties.doNotVerifyRemoteGateways
=properties.subnets[*].properties.serviceEndpointPolicies[*].kind !
flowTimeoutInMinutes
=properties.virtualNetworkPeerings[*].properties.remoteVirtualNetworkEncryption !
=properties.virtualNetworkPeerings[*].properties.remoteVirtualNetworkEncryption.enabled !
=properties.virtualNetworkPeerings[*].properties.remoteVirtualNetworkEncryption.enforcement !
encryption
encryption.enabled
encryption.enforcement
flowLogs !
flowLogs[*] !
flowLogs[*].id !
flowLogs[*].name !
flowLogs[*].type !
flowLogs[*].location !
flowLogs[*].tags !
=properties.flowLogs[*].properties.targetResourceId !
=properties.flowLogs[*].properties.targetResourceGuid !
=properties.flowLogs[*].properties.storageId !
=properties.flowLogs[*].properties.enabled !
=properties.flowLogs[*].properties.retentionPolicy !
=properties.flowLogs[*].properties.retentionPolicy.days !
=properties.flowLogs[*].properties.retentionPolicy.enabled !
=properties.flowLogs[*].properties.format !
=properties.flowLogs[*].properties.format.type !
=properties.flowLogs[*].properties.format.version !
=properties.flowLogs[*].properties.flowAnalyticsConfiguration !
=properties.flowLogs[*].properties.flowAnalyticsConfiguration.networkWatcherFlowAnalyticsConfiguration !
=properties.flowLogs[*].properties.flowAnalyticsConfiguration.networkWatcherFlowAnalyticsConfiguration.enabled !
=properties.flowLogs[*].properties.flowAnalyticsConfiguration.networkWatcherFlowAnalyticsConfiguration.workspaceId !
=properties.flowLogs[*].properties.flowAnalyticsConfiguration.networkWatcherFlowAnalyticsConfiguration.workspaceRegion !
=properties.flowLogs[*].properties.flowAnalyticsConfiguration.networkWatcherFlowAnalyticsConfiguration.workspaceResourceId !
=properties.flowLogs[*].properties.flowAnalyticsConfiguration.networkWatcherFlowAnalyticsConfiguration.trafficAnalyticsInterval !
=properties.flowLogs[*].properties.provisioningState !
flowLogs[*].etag !
=properties.subnets[*].properties.defaultOutboundAccess
=properties.subnets[*].properties.sharingScope
=properties.virtualNetworkPeerings[*].properties.localAddressSpace
=properties.virtualNetworkPeerings[*].properties.localAddressSpace.addressPrefixes
=properties.virtualNetworkPeerings[*].properties.localAddressSpace.addressPrefixes[*]
=properties.virtualNetworkPeerings[*].properties.localVirtualNetworkAddressSpace
=properties.virtualNetworkPeerings[*].properties.localVirtualNetworkAddressSpace.addressPrefixes
=properties.virtualNetworkPeerings[*].properties.localVirtualNetworkAddressSpace.addressPrefixes[*]
=properties.virtualNetworkPeerings[*].properties.peerCompleteVnets
=properties.virtualNetworkPeerings[*].properties.enableOnlyIPv6Peering
=properties.virtualNetworkPeerings[*].properties.localSubnetNames
=properties.virtualNetworkPeerings[*].properties.localSubnetNames[*]
=properties.virtualNetworkPeerings[*].properties.remoteSubnetNames
=properties.virtualNetworkPeerings[*].properties.remoteSubnetNames[*]
flowLogs[*].identity !
flowLogs[*].identity.principalId !
flowLogs[*].identity.tenantId !
flowLogs[*].identity.type !
flowLogs[*].identity.userAssignedIdentities !
=properties.subnets[*].properties.applicationGatewayIpConfigurations[*].id
=properties.subnets[*].properties.serviceEndpoints[*].networkIdentifier
=properties.flowLogs[*].properties.enabledFilteringCriteria !
privateEndpointVNetPolicies
addressSpace.ipamPoolPrefixAllocations
addressSpace.ipamPoolPrefixAllocations[*]
addressSpace.ipamPoolPrefixAllocations[*].pool !
addressSpace.ipamPoolPrefixAllocations[*].pool.id !
addressSpace.ipamPoolPrefixAllocations[*].numberOfIpAddresses
addressSpace.ipamPoolPrefixAllocations[*].allocatedAddressPrefixes !
addressSpace.ipamPoolPrefixAllocations[*].allocatedAddressPrefixes[*] !
=properties.subnets[*].properties.ipamPoolPrefixAllocations
=properties.subnets[*].properties.ipamPoolPrefixAllocations[*]
=properties.subnets[*].properties.ipamPoolPrefixAllocations[*].pool !
=properties.subnets[*].properties.ipamPoolPrefixAllocations[*].pool.id !
=properties.subnets[*].properties.ipamPoolPrefixAllocations[*].numberOfIpAddresses
=properties.subnets[*].properties.ipamPoolPrefixAllocations[*].allocatedAddressPrefixes !
=properties.subnets[*].properties.ipamPoolPrefixAllocations[*].allocatedAddressPrefixes[*] !
=properties.virtualNetworkPeerings[*].properties.localAddressSpace.ipamPoolPrefixAllocations
=properties.virtualNetworkPeerings[*].properties.localAddressSpace.ipamPoolPrefixAllocations[*]
=properties.virtualNetworkPeerings[*].properties.localVirtualNetworkAddressSpace.ipamPoolPrefixAllocations
=properties.virtualNetworkPeerings[*].properties.localVirtualNetworkAddressSpace.ipamPoolPrefixAllocations[*]
=properties.virtualNetworkPeerings[*].properties.remoteAddressSpace.ipamPoolPrefixAllocations
=properties.virtualNetworkPeerings[*].properties.remoteAddressSpace.ipamPoolPrefixAllocations[*]
=properties.virtualNetworkPeerings[*].properties.remoteVirtualNetworkAddressSpace.ipamPoolPrefixAllocations
=properties.virtualNetworkPeerings[*].properties.remoteVirtualNetworkAddressSpace.ipamPoolPrefixAllocations[*]
defaultPublicNatGateway !
defaultPublicNatGateway.id !
=properties.flowLogs[*].properties.recordTypes !`,
    "Microsoft.Network/virtualNetworks/subnets": `
routeTable.id
networkSecurityGroup.id
serviceEndpoints[*].locations[*]
serviceEndpoints[*].service
ipConfigurations[*].id !
addressPrefix
networkSecurityGroup
routeTable
ipConfigurations[*] !
ipConfigurations !
provisioningState !
=properties.networkSecurityGroup.properties.securityRules[*].properties.description
=properties.networkSecurityGroup.properties.securityRules[*].properties.protocol
=properties.networkSecurityGroup.properties.securityRules[*].properties.sourcePortRange
=properties.networkSecurityGroup.properties.securityRules[*].properties.destinationPortRange
=properties.networkSecurityGroup.properties.securityRules[*].properties.sourceAddressPrefix
=properties.networkSecurityGroup.properties.securityRules[*].properties.destinationAddressPrefix
=properties.networkSecurityGroup.properties.securityRules[*].properties.access
=properties.networkSecurityGroup.properties.securityRules[*].properties.priority
=properties.networkSecurityGroup.properties.securityRules[*].properties.direction
=properties.networkSecurityGroup.properties.securityRules[*].properties.provisioningState
=properties.networkSecurityGroup.properties.securityRules[*].name
=properties.networkSecurityGroup.properties.securityRules[*].etag
=properties.networkSecurityGroup.properties.securityRules[*]
=properties.networkSecurityGroup.properties.securityRules
=properties.networkSecurityGroup.properties.securityRules[*].id
=properties.networkSecurityGroup.properties.defaultSecurityRules[*].name
=properties.networkSecurityGroup.properties.defaultSecurityRules[*].etag
=properties.networkSecurityGroup.properties.defaultSecurityRules[*]
=properties.networkSecurityGroup.properties.defaultSecurityRules
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.virtualMachine.id !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.virtualMachine !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerBackendAddressPools[*].properties.backendIPConfigurations[*].name !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerBackendAddressPools[*].properties.backendIPConfigurations[*].etag !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerBackendAddressPools[*].properties.backendIPConfigurations[*] !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerBackendAddressPools[*].properties.backendIPConfigurations !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerBackendAddressPools[*].properties.loadBalancingRules[*].id !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerBackendAddressPools[*].properties.loadBalancingRules[*] !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerBackendAddressPools[*].properties.loadBalancingRules !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerBackendAddressPools[*].properties.outboundNatRule.id !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerBackendAddressPools[*].properties.outboundNatRule !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerBackendAddressPools[*].properties.provisioningState !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerBackendAddressPools[*].name !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerBackendAddressPools[*].etag !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerBackendAddressPools[*] !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerBackendAddressPools !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerInboundNatRules[*].properties.frontendIPConfiguration.id !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerInboundNatRules[*].properties.frontendIPConfiguration !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerInboundNatRules[*].properties.backendIPConfiguration.name !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerInboundNatRules[*].properties.backendIPConfiguration.etag !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerInboundNatRules[*].properties.backendIPConfiguration !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerInboundNatRules[*].properties.protocol !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerInboundNatRules[*].properties.frontendPort !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerInboundNatRules[*].properties.backendPort !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerInboundNatRules[*].properties.idleTimeoutInMinutes !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerInboundNatRules[*].properties.enableFloatingIP !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerInboundNatRules[*].properties.provisioningState !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerInboundNatRules[*].name !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerInboundNatRules[*].etag !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerInboundNatRules[*] !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerInboundNatRules !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.privateIPAddress !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.privateIPAllocationMethod !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.subnet.name !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.subnet.etag !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.subnet !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.primary !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.publicIPAllocationMethod !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.ipConfiguration.properties.privateIPAddress !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.ipConfiguration.properties.privateIPAllocationMethod !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.ipConfiguration.properties.subnet.name !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.ipConfiguration.properties.subnet.etag !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.ipConfiguration.properties.subnet !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.ipConfiguration.properties.provisioningState !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.ipConfiguration.name !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.ipConfiguration.etag !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.ipConfiguration !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.dnsSettings.domainNameLabel !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.dnsSettings.fqdn !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.dnsSettings.reverseFqdn !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.dnsSettings !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.ipAddress !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.idleTimeoutInMinutes !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.resourceGuid !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.provisioningState !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.publicIPAddress.etag !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.publicIPAddress !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.provisioningState !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].name !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].etag !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*] !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.dnsSettings.dnsServers[*] !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.dnsSettings.dnsServers !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.dnsSettings.appliedDnsServers[*] !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.dnsSettings.appliedDnsServers !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.dnsSettings.internalDnsNameLabel !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.dnsSettings.internalFqdn !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.dnsSettings !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.macAddress !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.primary !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.enableIPForwarding !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.resourceGuid !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.provisioningState !
=properties.networkSecurityGroup.properties.networkInterfaces[*].etag !
=properties.networkSecurityGroup.properties.networkInterfaces[*] !
=properties.networkSecurityGroup.properties.networkInterfaces !
=properties.networkSecurityGroup.properties.subnets[*].name !
=properties.networkSecurityGroup.properties.subnets[*].etag !
=properties.networkSecurityGroup.properties.subnets[*] !
=properties.networkSecurityGroup.properties.subnets !
=properties.networkSecurityGroup.properties.resourceGuid
=properties.networkSecurityGroup.properties.provisioningState
networkSecurityGroup.etag
=properties.routeTable.properties.routes[*].properties.addressPrefix
=properties.routeTable.properties.routes[*].properties.nextHopType
=properties.routeTable.properties.routes[*].properties.nextHopIpAddress
=properties.routeTable.properties.routes[*].properties.provisioningState
=properties.routeTable.properties.routes[*].name
=properties.routeTable.properties.routes[*].etag
=properties.routeTable.properties.routes[*]
=properties.routeTable.properties.routes
=properties.routeTable.properties.subnets[*] !
=properties.routeTable.properties.subnets !
=properties.routeTable.properties.provisioningState
routeTable.etag
ipConfigurations[*].name !
ipConfigurations[*].etag !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.loadBalancerBackendAddressPools[*].properties.loadBalancingRules[*].id !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.loadBalancerBackendAddressPools[*].properties.loadBalancingRules[*] !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.loadBalancerBackendAddressPools[*].properties.loadBalancingRules !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.loadBalancerBackendAddressPools[*].properties.outboundNatRule.id !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.loadBalancerBackendAddressPools[*].properties.outboundNatRule !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.loadBalancerBackendAddressPools[*].properties.provisioningState !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.loadBalancerBackendAddressPools[*].name !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.loadBalancerBackendAddressPools[*].etag !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.loadBalancerBackendAddressPools[*] !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.loadBalancerBackendAddressPools !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.loadBalancerInboundNatRules[*].properties.frontendIPConfiguration.id !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.loadBalancerInboundNatRules[*].properties.frontendIPConfiguration !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.loadBalancerInboundNatRules[*].properties.backendIPConfiguration.name !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.loadBalancerInboundNatRules[*].properties.backendIPConfiguration.etag !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.loadBalancerInboundNatRules[*].properties.backendIPConfiguration !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.loadBalancerInboundNatRules[*].properties.protocol !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.loadBalancerInboundNatRules[*].properties.frontendPort !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.loadBalancerInboundNatRules[*].properties.backendPort !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.loadBalancerInboundNatRules[*].properties.idleTimeoutInMinutes !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.loadBalancerInboundNatRules[*].properties.enableFloatingIP !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.loadBalancerInboundNatRules[*].properties.provisioningState !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.loadBalancerInboundNatRules[*].name !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.loadBalancerInboundNatRules[*].etag !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.loadBalancerInboundNatRules[*] !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.loadBalancerInboundNatRules !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.privateIPAddress !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.privateIPAllocationMethod !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.privateIPAddressVersion !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.subnet.name !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.subnet.etag !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.subnet !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.primary !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.publicIPAddress.properties.publicIPAllocationMethod !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.publicIPAddress.properties.publicIPAddressVersion !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.publicIPAddress.properties.ipConfiguration.properties.privateIPAddress !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.publicIPAddress.properties.ipConfiguration.properties.privateIPAllocationMethod !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.publicIPAddress.properties.ipConfiguration.properties.subnet.name !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.publicIPAddress.properties.ipConfiguration.properties.subnet.etag !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.publicIPAddress.properties.ipConfiguration.properties.subnet !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.publicIPAddress.properties.ipConfiguration.properties.provisioningState !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.publicIPAddress.properties.ipConfiguration.name !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.publicIPAddress.properties.ipConfiguration.etag !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.publicIPAddress.properties.ipConfiguration !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.publicIPAddress.properties.dnsSettings.domainNameLabel !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.publicIPAddress.properties.dnsSettings.fqdn !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.publicIPAddress.properties.dnsSettings.reverseFqdn !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.publicIPAddress.properties.dnsSettings !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.publicIPAddress.properties.ipAddress !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.publicIPAddress.properties.idleTimeoutInMinutes !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.publicIPAddress.properties.resourceGuid !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.publicIPAddress.properties.provisioningState !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.publicIPAddress.etag !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.publicIPAddress !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].properties.provisioningState !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].name !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].etag !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*] !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].id !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendAddresses[*].fqdn !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendAddresses[*].ipAddress !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendAddresses[*] !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendAddresses !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.provisioningState !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].name !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].etag !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*] !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.privateIPAddressVersion !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.dnsSettings.internalDomainNameSuffix !
=properties.resourceNavigationLinks[*].properties.linkedResourceType !
=properties.resourceNavigationLinks[*].properties.link !
=properties.resourceNavigationLinks[*].properties.provisioningState !
resourceNavigationLinks[*].name !
resourceNavigationLinks[*].etag !
resourceNavigationLinks[*] !
resourceNavigationLinks !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.publicIPAddressVersion !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.enableAcceleratedNetworking !
=properties.networkSecurityGroup.properties.securityRules[*].properties.sourceAddressPrefixes[*]
=properties.networkSecurityGroup.properties.securityRules[*].properties.sourceAddressPrefixes
=properties.networkSecurityGroup.properties.securityRules[*].properties.destinationAddressPrefixes[*]
=properties.networkSecurityGroup.properties.securityRules[*].properties.destinationAddressPrefixes
=properties.networkSecurityGroup.properties.securityRules[*].properties.sourcePortRanges[*]
=properties.networkSecurityGroup.properties.securityRules[*].properties.sourcePortRanges
=properties.networkSecurityGroup.properties.securityRules[*].properties.destinationPortRanges[*]
=properties.networkSecurityGroup.properties.securityRules[*].properties.destinationPortRanges
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].type !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.publicIPAddress.zones[*] !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.publicIPAddress.zones !
serviceEndpoints[*].locations
serviceEndpoints[*].provisioningState
serviceEndpoints[*]
serviceEndpoints
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.publicIPAddress.sku.name !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.publicIPAddress.sku !
=properties.networkSecurityGroup.properties.securityRules[*].properties.sourceApplicationSecurityGroups[*].properties.resourceGuid !
=properties.networkSecurityGroup.properties.securityRules[*].properties.sourceApplicationSecurityGroups[*].properties.provisioningState !
=properties.networkSecurityGroup.properties.securityRules[*].properties.sourceApplicationSecurityGroups[*].etag !
=properties.networkSecurityGroup.properties.securityRules[*].properties.sourceApplicationSecurityGroups[*]
=properties.networkSecurityGroup.properties.securityRules[*].properties.sourceApplicationSecurityGroups
=properties.networkSecurityGroup.properties.securityRules[*].properties.sourceApplicationSecurityGroups[*].id
=properties.networkSecurityGroup.properties.securityRules[*].properties.sourceApplicationSecurityGroups[*].name !
=properties.networkSecurityGroup.properties.securityRules[*].properties.sourceApplicationSecurityGroups[*].type !
=properties.networkSecurityGroup.properties.securityRules[*].properties.sourceApplicationSecurityGroups[*].location
=properties.networkSecurityGroup.properties.securityRules[*].properties.sourceApplicationSecurityGroups[*].tags
=properties.networkSecurityGroup.properties.securityRules[*].properties.destinationApplicationSecurityGroups[*].etag !
=properties.networkSecurityGroup.properties.securityRules[*].properties.destinationApplicationSecurityGroups[*]
=properties.networkSecurityGroup.properties.securityRules[*].properties.destinationApplicationSecurityGroups
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationSecurityGroups[*].etag !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationSecurityGroups[*] !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationSecurityGroups !
=properties.routeTable.properties.disableBgpRoutePropagation
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.ipTags[*].ipTagType !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.ipTags[*].tag !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.ipTags[*] !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.ipTags !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerBackendAddressPools[*].properties.outboundRule.id !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerBackendAddressPools[*].properties.outboundRule !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerInboundNatRules[*].properties.enableTcpReset !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.publicIPPrefix.id !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.publicIPAddress.properties.publicIPPrefix !
=properties.serviceEndpointPolicies[*].properties.serviceEndpointPolicyDefinitions[*].properties.description
=properties.serviceEndpointPolicies[*].properties.serviceEndpointPolicyDefinitions[*].properties.service
=properties.serviceEndpointPolicies[*].properties.serviceEndpointPolicyDefinitions[*].properties.serviceResources[*]
=properties.serviceEndpointPolicies[*].properties.serviceEndpointPolicyDefinitions[*].properties.serviceResources
=properties.serviceEndpointPolicies[*].properties.serviceEndpointPolicyDefinitions[*].properties.provisioningState !
=properties.serviceEndpointPolicies[*].properties.serviceEndpointPolicyDefinitions[*].name
=properties.serviceEndpointPolicies[*].properties.serviceEndpointPolicyDefinitions[*].etag
=properties.serviceEndpointPolicies[*].properties.serviceEndpointPolicyDefinitions[*]
=properties.serviceEndpointPolicies[*].properties.serviceEndpointPolicyDefinitions
=properties.serviceEndpointPolicies[*].properties.resourceGuid !
=properties.serviceEndpointPolicies[*].properties.provisioningState !
serviceEndpointPolicies[*].etag
serviceEndpointPolicies[*]
serviceEndpointPolicies
addressPrefixes[*]
addressPrefixes
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.interfaceEndpoint.properties.fqdn !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.interfaceEndpoint.properties.endpointService.id !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.interfaceEndpoint.properties.endpointService !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.interfaceEndpoint.properties.subnet.name !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.interfaceEndpoint.properties.subnet.etag !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.interfaceEndpoint.properties.subnet !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.interfaceEndpoint.properties.owner !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.interfaceEndpoint.properties.provisioningState !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.interfaceEndpoint.etag !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.interfaceEndpoint !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.networkInterfaceTapConfigurations[*].properties.virtualNetworkTap.etag !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.networkInterfaceTapConfigurations[*].properties.virtualNetworkTap !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.networkInterfaceTapConfigurations[*].properties.provisioningState !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.networkInterfaceTapConfigurations[*].name !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.networkInterfaceTapConfigurations[*].etag !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.networkInterfaceTapConfigurations[*].type !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.networkInterfaceTapConfigurations[*] !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.networkInterfaceTapConfigurations !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.resourceGuid !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.provisioningState !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationNetworkInterfaceIPConfiguration.name !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationNetworkInterfaceIPConfiguration.etag !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationNetworkInterfaceIPConfiguration !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.inboundNatRules[*].id !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.inboundNatRules[*] !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.inboundNatRules !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.inboundNatPools[*].id !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.inboundNatPools[*] !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.inboundNatPools !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.outboundRules[*].id !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.outboundRules[*] !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.outboundRules !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.loadBalancingRules[*].id !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.loadBalancingRules[*] !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.loadBalancingRules !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.privateIPAddress !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.privateIPAllocationMethod !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.subnet !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.sku.name !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.sku !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.publicIPAllocationMethod !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.publicIPAddressVersion !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.ipConfiguration.properties.privateIPAddress !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.ipConfiguration.properties.privateIPAllocationMethod !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.ipConfiguration.properties.subnet.name !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.ipConfiguration.properties.subnet.etag !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.ipConfiguration.properties.subnet !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.ipConfiguration.properties.provisioningState !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.ipConfiguration.name !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.ipConfiguration.etag !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.ipConfiguration !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.dnsSettings.domainNameLabel !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.dnsSettings.fqdn !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.dnsSettings.reverseFqdn !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.dnsSettings !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.ipTags[*].ipTagType !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.ipTags[*].tag !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.ipTags[*] !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.ipTags !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.ipAddress !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.publicIPPrefix.id !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.publicIPPrefix !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.idleTimeoutInMinutes !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.resourceGuid !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.provisioningState !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.etag !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.zones[*] !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.zones !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPPrefix !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.provisioningState !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.name !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.etag !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.zones[*] !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.zones !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationPort !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].etag !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*] !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.tapConfigurations[*].name !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.tapConfigurations[*].etag !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.tapConfigurations[*].type !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.tapConfigurations[*] !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.tapConfigurations !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.hostedWorkloads[*] !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.hostedWorkloads !
=properties.serviceEndpointPolicies[*].properties.subnets[*] !
=properties.serviceEndpointPolicies[*].properties.subnets !
interfaceEndpoints[*].etag !
interfaceEndpoints[*] !
interfaceEndpoints !
=properties.ipConfigurationProfiles[*].properties.subnet !
=properties.ipConfigurationProfiles[*].properties.provisioningState !
ipConfigurationProfiles[*].name !
ipConfigurationProfiles[*].type !
ipConfigurationProfiles[*].etag !
ipConfigurationProfiles[*] !
ipConfigurationProfiles !
=properties.serviceAssociationLinks[*].properties.linkedResourceType !
=properties.serviceAssociationLinks[*].properties.link !
=properties.serviceAssociationLinks[*].properties.provisioningState !
serviceAssociationLinks[*].name !
serviceAssociationLinks[*].etag !
serviceAssociationLinks[*] !
serviceAssociationLinks !
=properties.delegations[*].properties.serviceName
=properties.delegations[*].properties.actions[*]
=properties.delegations[*].properties.actions
=properties.delegations[*].properties.provisioningState !
delegations[*].name
delegations[*].etag
delegations[*]
delegations
purpose !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.ddosSettings.ddosCustomPolicy.id !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.ddosSettings.ddosCustomPolicy !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.ddosSettings.protectionCoverage !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.ddosSettings !
natGateway.id
natGateway
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.subnet.name !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.subnet.etag !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.subnet !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.provisioningState !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.privateLinkServiceConnections[*].properties.privateLinkServiceId !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.privateLinkServiceConnections[*].properties.groupIds[*] !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.privateLinkServiceConnections[*].properties.groupIds !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.privateLinkServiceConnections[*].properties.requestMessage !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.privateLinkServiceConnections[*].properties.privateLinkServiceConnectionState.status !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.privateLinkServiceConnections[*].properties.privateLinkServiceConnectionState.description !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.privateLinkServiceConnections[*].properties.privateLinkServiceConnectionState.actionRequired !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.privateLinkServiceConnections[*].properties.privateLinkServiceConnectionState !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.privateLinkServiceConnections[*].name !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.privateLinkServiceConnections[*] !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.privateLinkServiceConnections !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.manualPrivateLinkServiceConnections[*].name !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.manualPrivateLinkServiceConnections[*] !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.manualPrivateLinkServiceConnections !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.etag !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.privateIPAddressVersion !
privateEndpoints[*].etag !
privateEndpoints[*] !
privateEndpoints !
resourceNavigationLinks[*].id !
resourceNavigationLinks[*].type !
=properties.serviceAssociationLinks[*].properties.allowDelete !
=properties.serviceAssociationLinks[*].properties.locations[*] !
=properties.serviceAssociationLinks[*].properties.locations !
serviceAssociationLinks[*].type !
privateEndpointNetworkPolicies
privateLinkServiceNetworkPolicies
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.type !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerBackendAddressPools[*].properties.outboundRules[*] !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerBackendAddressPools[*].properties.outboundRules !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerBackendAddressPools[*].type !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerInboundNatRules[*].type !
=properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.description
=properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.protocol
=properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.sourcePortRange
=properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.destinationPortRange
=properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.sourceAddressPrefix
=properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.destinationAddressPrefix
=properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.access
=properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.priority
=properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.direction
=properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.provisioningState
=properties.networkSecurityGroup.properties.defaultSecurityRules[*].id
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].id !
=properties.networkSecurityGroup.properties.networkInterfaces[*].id !
=properties.networkSecurityGroup.properties.networkInterfaces[*].name !
=properties.networkSecurityGroup.properties.networkInterfaces[*].type !
=properties.networkSecurityGroup.properties.networkInterfaces[*].location !
=properties.networkSecurityGroup.properties.networkInterfaces[*].tags !
=properties.networkSecurityGroup.properties.subnets[*].id !
networkSecurityGroup.name !
networkSecurityGroup.type !
networkSecurityGroup.location
networkSecurityGroup.tags
=properties.routeTable.properties.routes[*].id
=properties.routeTable.properties.subnets[*].name !
=properties.routeTable.properties.subnets[*].etag !
=properties.routeTable.properties.subnets[*].id !
routeTable.name !
routeTable.type !
routeTable.location
routeTable.tags
=properties.ipConfigurations[*].properties.privateIPAddress !
=properties.ipConfigurations[*].properties.privateIPAllocationMethod !
=properties.ipConfigurations[*].properties.subnet.name !
=properties.ipConfigurations[*].properties.subnet.etag !
=properties.ipConfigurations[*].properties.subnet !
=properties.ipConfigurations[*].properties.subnet.id !
=properties.ipConfigurations[*].properties.publicIPAddress.properties.publicIPAllocationMethod !
=properties.ipConfigurations[*].properties.publicIPAddress.properties.ipConfiguration.name !
=properties.ipConfigurations[*].properties.publicIPAddress.properties.ipConfiguration.etag !
=properties.ipConfigurations[*].properties.publicIPAddress.properties.ipConfiguration !
=properties.ipConfigurations[*].properties.publicIPAddress.properties.ipConfiguration.id !
=properties.ipConfigurations[*].properties.publicIPAddress.properties.dnsSettings.domainNameLabel !
=properties.ipConfigurations[*].properties.publicIPAddress.properties.dnsSettings.fqdn !
=properties.ipConfigurations[*].properties.publicIPAddress.properties.dnsSettings.reverseFqdn !
=properties.ipConfigurations[*].properties.publicIPAddress.properties.dnsSettings !
=properties.ipConfigurations[*].properties.publicIPAddress.properties.ipAddress !
=properties.ipConfigurations[*].properties.publicIPAddress.properties.idleTimeoutInMinutes !
=properties.ipConfigurations[*].properties.publicIPAddress.properties.resourceGuid !
=properties.ipConfigurations[*].properties.publicIPAddress.properties.provisioningState !
=properties.ipConfigurations[*].properties.publicIPAddress.etag !
=properties.ipConfigurations[*].properties.publicIPAddress !
=properties.ipConfigurations[*].properties.publicIPAddress.id !
=properties.ipConfigurations[*].properties.publicIPAddress.name !
=properties.ipConfigurations[*].properties.publicIPAddress.type !
=properties.ipConfigurations[*].properties.publicIPAddress.location !
=properties.ipConfigurations[*].properties.publicIPAddress.tags !
=properties.ipConfigurations[*].properties.provisioningState !
=properties.ipConfigurations[*].properties.publicIPAddress.properties.publicIPAddressVersion !
=properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.sourceAddressPrefixes[*]
=properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.sourceAddressPrefixes
=properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.destinationAddressPrefixes[*]
=properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.destinationAddressPrefixes
=properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.sourcePortRanges[*]
=properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.sourcePortRanges
=properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.destinationPortRanges[*]
=properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.destinationPortRanges
=properties.ipConfigurations[*].properties.publicIPAddress.zones[*] !
=properties.ipConfigurations[*].properties.publicIPAddress.zones !
=properties.ipConfigurations[*].properties.publicIPAddress.sku.name !
=properties.ipConfigurations[*].properties.publicIPAddress.sku !
=properties.networkSecurityGroup.properties.securityRules[*].properties.destinationApplicationSecurityGroups[*].properties.resourceGuid !
=properties.networkSecurityGroup.properties.securityRules[*].properties.destinationApplicationSecurityGroups[*].properties.provisioningState !
=properties.networkSecurityGroup.properties.securityRules[*].properties.destinationApplicationSecurityGroups[*].id
=properties.networkSecurityGroup.properties.securityRules[*].properties.destinationApplicationSecurityGroups[*].name !
=properties.networkSecurityGroup.properties.securityRules[*].properties.destinationApplicationSecurityGroups[*].type !
=properties.networkSecurityGroup.properties.securityRules[*].properties.destinationApplicationSecurityGroups[*].location
=properties.networkSecurityGroup.properties.securityRules[*].properties.destinationApplicationSecurityGroups[*].tags
=properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.sourceApplicationSecurityGroups[*].properties.resourceGuid !
=properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.sourceApplicationSecurityGroups[*].properties.provisioningState !
=properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.sourceApplicationSecurityGroups[*].etag !
=properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.sourceApplicationSecurityGroups[*]
=properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.sourceApplicationSecurityGroups
=properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.sourceApplicationSecurityGroups[*].id
=properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.sourceApplicationSecurityGroups[*].name !
=properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.sourceApplicationSecurityGroups[*].type !
=properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.sourceApplicationSecurityGroups[*].location
=properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.sourceApplicationSecurityGroups[*].tags
=properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.destinationApplicationSecurityGroups[*].properties.resourceGuid !
=properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.destinationApplicationSecurityGroups[*].properties.provisioningState !
=properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.destinationApplicationSecurityGroups[*].etag !
=properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.destinationApplicationSecurityGroups[*]
=properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.destinationApplicationSecurityGroups
=properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.destinationApplicationSecurityGroups[*].id
=properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.destinationApplicationSecurityGroups[*].name !
=properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.destinationApplicationSecurityGroups[*].type !
=properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.destinationApplicationSecurityGroups[*].location
=properties.networkSecurityGroup.properties.defaultSecurityRules[*].properties.destinationApplicationSecurityGroups[*].tags
=properties.ipConfigurations[*].properties.publicIPAddress.properties.ipTags[*].ipTagType !
=properties.ipConfigurations[*].properties.publicIPAddress.properties.ipTags[*].tag !
=properties.ipConfigurations[*].properties.publicIPAddress.properties.ipTags[*] !
=properties.ipConfigurations[*].properties.publicIPAddress.properties.ipTags !
=properties.serviceEndpointPolicies[*].properties.serviceEndpointPolicyDefinitions[*].id
serviceEndpointPolicies[*].id
serviceEndpointPolicies[*].name !
serviceEndpointPolicies[*].type !
serviceEndpointPolicies[*].location
serviceEndpointPolicies[*].tags
=properties.ipConfigurations[*].properties.publicIPAddress.properties.publicIPPrefix.id !
=properties.ipConfigurations[*].properties.publicIPAddress.properties.publicIPPrefix !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.interfaceEndpoint.properties.subnet.id !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.interfaceEndpoint.id !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.interfaceEndpoint.name !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.interfaceEndpoint.type !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.interfaceEndpoint.location !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.interfaceEndpoint.tags !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.tapConfigurations[*].properties.virtualNetworkTap.etag !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.tapConfigurations[*].properties.virtualNetworkTap !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.tapConfigurations[*].properties.virtualNetworkTap.id !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.tapConfigurations[*].properties.virtualNetworkTap.name !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.tapConfigurations[*].properties.virtualNetworkTap.type !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.tapConfigurations[*].properties.virtualNetworkTap.location !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.tapConfigurations[*].properties.virtualNetworkTap.tags !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.tapConfigurations[*].properties.provisioningState !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.tapConfigurations[*].id !
=properties.serviceEndpointPolicies[*].properties.subnets[*].name !
=properties.serviceEndpointPolicies[*].properties.subnets[*].etag !
=properties.serviceEndpointPolicies[*].properties.subnets[*].id !
=properties.interfaceEndpoints[*].properties.fqdn !
=properties.interfaceEndpoints[*].properties.endpointService.id !
=properties.interfaceEndpoints[*].properties.endpointService !
=properties.interfaceEndpoints[*].properties.subnet.name !
=properties.interfaceEndpoints[*].properties.subnet.etag !
=properties.interfaceEndpoints[*].properties.subnet !
=properties.interfaceEndpoints[*].properties.subnet.id !
=properties.interfaceEndpoints[*].properties.networkInterfaces[*].etag !
=properties.interfaceEndpoints[*].properties.networkInterfaces[*] !
=properties.interfaceEndpoints[*].properties.networkInterfaces !
=properties.interfaceEndpoints[*].properties.networkInterfaces[*].id !
=properties.interfaceEndpoints[*].properties.networkInterfaces[*].name !
=properties.interfaceEndpoints[*].properties.networkInterfaces[*].type !
=properties.interfaceEndpoints[*].properties.networkInterfaces[*].location !
=properties.interfaceEndpoints[*].properties.networkInterfaces[*].tags !
=properties.interfaceEndpoints[*].properties.owner !
=properties.interfaceEndpoints[*].properties.provisioningState !
interfaceEndpoints[*].id !
interfaceEndpoints[*].name !
interfaceEndpoints[*].type !
interfaceEndpoints[*].location !
interfaceEndpoints[*].tags !
=properties.ipConfigurationProfiles[*].properties.subnet.name !
=properties.ipConfigurationProfiles[*].properties.subnet.etag !
=properties.ipConfigurationProfiles[*].properties.subnet.id !
ipConfigurationProfiles[*].id !
serviceAssociationLinks[*].id !
delegations[*].id
=properties.ipConfigurations[*].properties.publicIPAddress.properties.ddosSettings.ddosCustomPolicy.id !
=properties.ipConfigurations[*].properties.publicIPAddress.properties.ddosSettings.ddosCustomPolicy !
=properties.ipConfigurations[*].properties.publicIPAddress.properties.ddosSettings.protectionCoverage !
=properties.ipConfigurations[*].properties.publicIPAddress.properties.ddosSettings !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.subnet.id !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.privateLinkServiceConnections[*].properties.provisioningState !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.privateLinkServiceConnections[*].type !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.privateLinkServiceConnections[*].etag !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.privateLinkServiceConnections[*].id !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.manualPrivateLinkServiceConnections[*].properties.provisioningState !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.manualPrivateLinkServiceConnections[*].properties.privateLinkServiceId !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.manualPrivateLinkServiceConnections[*].properties.groupIds[*] !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.manualPrivateLinkServiceConnections[*].properties.groupIds !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.manualPrivateLinkServiceConnections[*].properties.requestMessage !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.manualPrivateLinkServiceConnections[*].properties.privateLinkServiceConnectionState.status !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.manualPrivateLinkServiceConnections[*].properties.privateLinkServiceConnectionState.description !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.manualPrivateLinkServiceConnections[*].properties.privateLinkServiceConnectionState.actionRequired !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.manualPrivateLinkServiceConnections[*].properties.privateLinkServiceConnectionState !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.manualPrivateLinkServiceConnections[*].type !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.manualPrivateLinkServiceConnections[*].etag !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.manualPrivateLinkServiceConnections[*].id !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.id !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.name !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.type !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.location !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.tags !
=properties.privateEndpoints[*].properties.subnet.name !
=properties.privateEndpoints[*].properties.subnet.etag !
=properties.privateEndpoints[*].properties.subnet !
=properties.privateEndpoints[*].properties.subnet.id !
=properties.privateEndpoints[*].properties.networkInterfaces[*].etag !
=properties.privateEndpoints[*].properties.networkInterfaces[*] !
=properties.privateEndpoints[*].properties.networkInterfaces !
=properties.privateEndpoints[*].properties.networkInterfaces[*].id !
=properties.privateEndpoints[*].properties.networkInterfaces[*].name !
=properties.privateEndpoints[*].properties.networkInterfaces[*].type !
=properties.privateEndpoints[*].properties.networkInterfaces[*].location !
=properties.privateEndpoints[*].properties.networkInterfaces[*].tags !
=properties.privateEndpoints[*].properties.provisioningState !
=properties.privateEndpoints[*].properties.privateLinkServiceConnections[*].properties.provisioningState !
=properties.privateEndpoints[*].properties.privateLinkServiceConnections[*].properties.privateLinkServiceId !
=properties.privateEndpoints[*].properties.privateLinkServiceConnections[*].properties.groupIds[*] !
=properties.privateEndpoints[*].properties.privateLinkServiceConnections[*].properties.groupIds !
=properties.privateEndpoints[*].properties.privateLinkServiceConnections[*].properties.requestMessage !
=properties.privateEndpoints[*].properties.privateLinkServiceConnections[*].properties.privateLinkServiceConnectionState.status !
=properties.privateEndpoints[*].properties.privateLinkServiceConnections[*].properties.privateLinkServiceConnectionState.description !
=properties.privateEndpoints[*].properties.privateLinkServiceConnections[*].properties.privateLinkServiceConnectionState.actionRequired !
=properties.privateEndpoints[*].properties.privateLinkServiceConnections[*].properties.privateLinkServiceConnectionState !
=properties.privateEndpoints[*].properties.privateLinkServiceConnections[*].name !
=properties.privateEndpoints[*].properties.privateLinkServiceConnections[*].type !
=properties.privateEndpoints[*].properties.privateLinkServiceConnections[*].etag !
=properties.privateEndpoints[*].properties.privateLinkServiceConnections[*] !
=properties.privateEndpoints[*].properties.privateLinkServiceConnections !
=properties.privateEndpoints[*].properties.privateLinkServiceConnections[*].id !
=properties.privateEndpoints[*].properties.manualPrivateLinkServiceConnections[*].properties.provisioningState !
=properties.privateEndpoints[*].properties.manualPrivateLinkServiceConnections[*].properties.privateLinkServiceId !
=properties.privateEndpoints[*].properties.manualPrivateLinkServiceConnections[*].properties.groupIds[*] !
=properties.privateEndpoints[*].properties.manualPrivateLinkServiceConnections[*].properties.groupIds !
=properties.privateEndpoints[*].properties.manualPrivateLinkServiceConnections[*].properties.requestMessage !
=properties.privateEndpoints[*].properties.manualPrivateLinkServiceConnections[*].properties.privateLinkServiceConnectionState.status !
=properties.privateEndpoints[*].properties.manualPrivateLinkServiceConnections[*].properties.privateLinkServiceConnectionState.description !
=properties.privateEndpoints[*].properties.manualPrivateLinkServiceConnections[*].properties.privateLinkServiceConnectionState.actionRequired !
=properties.privateEndpoints[*].properties.manualPrivateLinkServiceConnections[*].properties.privateLinkServiceConnectionState !
=properties.privateEndpoints[*].properties.manualPrivateLinkServiceConnections[*].name !
=properties.privateEndpoints[*].properties.manualPrivateLinkServiceConnections[*].type !
=properties.privateEndpoints[*].properties.manualPrivateLinkServiceConnections[*].etag !
=properties.privateEndpoints[*].properties.manualPrivateLinkServiceConnections[*] !
=properties.privateEndpoints[*].properties.manualPrivateLinkServiceConnections !
=properties.privateEndpoints[*].properties.manualPrivateLinkServiceConnections[*].id !
privateEndpoints[*].id !
privateEndpoints[*].name !
privateEndpoints[*].type !
privateEndpoints[*].location !
privateEndpoints[*].tags !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.privateLinkServiceConnections[*].properties.privateLinkServiceConnectionState.actionsRequired !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.manualPrivateLinkServiceConnections[*].properties.privateLinkServiceConnectionState.actionsRequired !
=properties.privateEndpoints[*].properties.privateLinkServiceConnections[*].properties.privateLinkServiceConnectionState.actionsRequired !
=properties.privateEndpoints[*].properties.manualPrivateLinkServiceConnections[*].properties.privateLinkServiceConnectionState.actionsRequired !
=properties.ipConfigurations[*].properties.publicIPAddress.properties.ddosSettings.protectedIP !
=properties.networkSecurityGroup.properties.flowLogs[*].properties.targetResourceId !
=properties.networkSecurityGroup.properties.flowLogs[*].properties.targetResourceGuid !
=properties.networkSecurityGroup.properties.flowLogs[*].properties.storageId !
=properties.networkSecurityGroup.properties.flowLogs[*].properties.enabled !
=properties.networkSecurityGroup.properties.flowLogs[*].properties.retentionPolicy.days !
=properties.networkSecurityGroup.properties.flowLogs[*].properties.retentionPolicy.enabled !
=properties.networkSecurityGroup.properties.flowLogs[*].properties.retentionPolicy !
=properties.networkSecurityGroup.properties.flowLogs[*].properties.format.type !
=properties.networkSecurityGroup.properties.flowLogs[*].properties.format.version !
=properties.networkSecurityGroup.properties.flowLogs[*].properties.format !
=properties.networkSecurityGroup.properties.flowLogs[*].properties.flowAnalyticsConfiguration.networkWatcherFlowAnalyticsConfiguration.enabled !
=properties.networkSecurityGroup.properties.flowLogs[*].properties.flowAnalyticsConfiguration.networkWatcherFlowAnalyticsConfiguration.workspaceId !
=properties.networkSecurityGroup.properties.flowLogs[*].properties.flowAnalyticsConfiguration.networkWatcherFlowAnalyticsConfiguration.workspaceRegion !
=properties.networkSecurityGroup.properties.flowLogs[*].properties.flowAnalyticsConfiguration.networkWatcherFlowAnalyticsConfiguration.workspaceResourceId !
=properties.networkSecurityGroup.properties.flowLogs[*].properties.flowAnalyticsConfiguration.networkWatcherFlowAnalyticsConfiguration.trafficAnalyticsInterval !
=properties.networkSecurityGroup.properties.flowLogs[*].properties.flowAnalyticsConfiguration.networkWatcherFlowAnalyticsConfiguration !
=properties.networkSecurityGroup.properties.flowLogs[*].properties.flowAnalyticsConfiguration !
=properties.networkSecurityGroup.properties.flowLogs[*].properties.provisioningState !
=properties.networkSecurityGroup.properties.flowLogs[*].etag !
=properties.networkSecurityGroup.properties.flowLogs[*] !
=properties.networkSecurityGroup.properties.flowLogs !
=properties.networkSecurityGroup.properties.flowLogs[*].id !
=properties.networkSecurityGroup.properties.flowLogs[*].name !
=properties.networkSecurityGroup.properties.flowLogs[*].type !
=properties.networkSecurityGroup.properties.flowLogs[*].location !
=properties.networkSecurityGroup.properties.flowLogs[*].tags !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.customDnsConfigs[*].fqdn !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.customDnsConfigs[*].ipAddresses[*] !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.customDnsConfigs[*].ipAddresses !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.customDnsConfigs[*] !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.customDnsConfigs !
=properties.privateEndpoints[*].properties.customDnsConfigs[*].fqdn !
=properties.privateEndpoints[*].properties.customDnsConfigs[*].ipAddresses[*] !
=properties.privateEndpoints[*].properties.customDnsConfigs[*].ipAddresses !
=properties.privateEndpoints[*].properties.customDnsConfigs[*] !
=properties.privateEndpoints[*].properties.customDnsConfigs !
ipAllocations[*].id
ipAllocations[*]
ipAllocations
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.networkSecurityGroup !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.networkSecurityGroup.id !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.networkSecurityGroup.name !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.networkSecurityGroup.type !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.networkSecurityGroup.location !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.networkSecurityGroup.tags !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.networkSecurityGroup.etag !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.interfaceEndpoint.properties.networkInterfaces !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.interfaceEndpoint.properties.networkInterfaces[*] !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.interfaceEndpoint.properties.networkInterfaces[*].id !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.interfaceEndpoint.properties.networkInterfaces[*].name !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.interfaceEndpoint.properties.networkInterfaces[*].type !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.interfaceEndpoint.properties.networkInterfaces[*].location !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.interfaceEndpoint.properties.networkInterfaces[*].tags !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.interfaceEndpoint.properties.networkInterfaces[*].etag !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.networkInterfaces !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.networkInterfaces[*] !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.networkInterfaces[*].id !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.networkInterfaces[*].name !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.networkInterfaces[*].type !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.networkInterfaces[*].location !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.networkInterfaces[*].tags !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.networkInterfaces[*].etag !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.dscpConfiguration !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.dscpConfiguration.id !
=properties.networkSecurityGroup.properties.networkInterfaces[*].extendedLocation !
=properties.networkSecurityGroup.properties.networkInterfaces[*].extendedLocation.name !
=properties.networkSecurityGroup.properties.networkInterfaces[*].extendedLocation.type !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.networkInterfaces[*].extendedLocation !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.networkInterfaces[*].extendedLocation.name !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.properties.networkInterfaces[*].extendedLocation.type !
=properties.privateEndpoints[*].properties.networkInterfaces[*].extendedLocation !
=properties.privateEndpoints[*].properties.networkInterfaces[*].extendedLocation.name !
=properties.privateEndpoints[*].properties.networkInterfaces[*].extendedLocation.type !
=properties.ipConfigurations[*].properties.publicIPAddress.extendedLocation !
=properties.ipConfigurations[*].properties.publicIPAddress.extendedLocation.name !
=properties.ipConfigurations[*].properties.publicIPAddress.extendedLocation.type !
=properties.ipConfigurations[*].properties.publicIPAddress.sku.tier !
=properties.networkSecurityGroup.properties.securityRules[*].type
=properties.networkSecurityGroup.properties.defaultSecurityRules[*].type
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.extendedLocation !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.extendedLocation.name !
=properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.extendedLocation.type !
=properties.routeTable.properties.routes[*].properties.hasBgpOverride !
=properties.routeTable.properties.routes[*].type
=properties.routeTable.properties.resourceGuid !
privateEndpoints[*].extendedLocation !
privateEndpoints[*].extendedLocation.name !
privateEndpoints[*].extendedLocation.type !
=properties.networkSecurityGroup.properties.subnets[*].type !
=properties.routeTable.properties.subnets[*].type !
=properties.serviceEndpointPolicies[*].properties.subnets[*].type !
=properties.privateEndpoints[*].properties.subnet.type !
=properties.ipConfigurations[*].properties.subnet.type !
=properties.ipConfigurationProfiles[*].properties.subnet.type !
delegations[*].type
applicationGatewayIpConfigurations
applicationGatewayIpConfigurations[*]
applicationGatewayIpConfigurations[*].id
=properties.applicationGatewayIpConfigurations[*].properties.subnet
=properties.applicationGatewayIpConfigurations[*].properties.subnet.id
=properties.applicationGatewayIpConfigurations[*].properties.provisioningState !
applicationGatewayIpConfigurations[*].name
applicationGatewayIpConfigurations[*].etag !
applicationGatewayIpConfigurations[*].type !
serviceEndpointPolicies[*].kind !
=properties.privateEndpoints[*].properties.resourceGuid !
=properties.serviceEndpointPolicies[*].properties.serviceEndpointPolicyDefinitions[*].type
=properties.serviceEndpointPolicies[*].properties.serviceAlias
=properties.serviceEndpointPolicies[*].properties.contextualServiceEndpointPolicies
=properties.serviceEndpointPolicies[*].properties.contextualServiceEndpointPolicies[*]
=properties.privateEndpoints[*].properties.applicationSecurityGroups !
=properties.privateEndpoints[*].properties.applicationSecurityGroups[*] !
=properties.privateEndpoints[*].properties.applicationSecurityGroups[*].etag !
=properties.privateEndpoints[*].properties.ipConfigurations !
=properties.privateEndpoints[*].properties.ipConfigurations[*] !
=properties.privateEndpoints[*].properties.ipConfigurations[*].properties.groupId !
=properties.privateEndpoints[*].properties.ipConfigurations[*].properties.memberName !
=properties.privateEndpoints[*].properties.ipConfigurations[*].properties.privateIPAddress !
=properties.privateEndpoints[*].properties.ipConfigurations[*].name !
=properties.privateEndpoints[*].properties.ipConfigurations[*].type !
=properties.privateEndpoints[*].properties.ipConfigurations[*].etag !
=properties.privateEndpoints[*].properties.customNetworkInterfaceName !
=properties.networkSecurityGroup.properties.flushConnection
defaultOutboundAccess
sharingScope
serviceEndpoints[*].networkIdentifier
serviceEndpoints[*].networkIdentifier.id
=properties.privateEndpoints[*].properties.applicationSecurityGroups[*].id !
=properties.privateEndpoints[*].properties.applicationSecurityGroups[*].name !
=properties.privateEndpoints[*].properties.applicationSecurityGroups[*].type !
=properties.privateEndpoints[*].properties.applicationSecurityGroups[*].location !
=properties.privateEndpoints[*].properties.applicationSecurityGroups[*].tags !
=properties.networkSecurityGroup.properties.flowLogs[*].identity !
ipamPoolPrefixAllocations
ipamPoolPrefixAllocations[*]
ipamPoolPrefixAllocations[*].pool !
ipamPoolPrefixAllocations[*].pool.id !
ipamPoolPrefixAllocations[*].numberOfIpAddresses
ipamPoolPrefixAllocations[*].allocatedAddressPrefixes !
ipamPoolPrefixAllocations[*].allocatedAddressPrefixes[*] !
=properties.privateEndpoints[*].properties.ipVersionType !`,
    "Microsoft.Network/privateEndpoints": `
=properties.subnet.properties.addressPrefix
=properties.subnet.properties.addressPrefixes[*]
=properties.subnet.properties.addressPrefixes
=properties.subnet.properties.networkSecurityGroup.properties.securityRules[*].properties.description
=properties.subnet.properties.networkSecurityGroup.properties.securityRules[*].properties.protocol
=properties.subnet.properties.networkSecurityGroup.properties.securityRules[*].properties.sourcePortRange
=properties.subnet.properties.networkSecurityGroup.properties.securityRules[*].properties.destinationPortRange
=properties.subnet.properties.networkSecurityGroup.properties.securityRules[*].properties.sourceAddressPrefix
=properties.subnet.properties.networkSecurityGroup.properties.securityRules[*].properties.sourceAddressPrefixes[*]
=properties.subnet.properties.networkSecurityGroup.properties.securityRules[*].properties.sourceAddressPrefixes
=properties.subnet.properties.networkSecurityGroup.properties.securityRules[*].properties.sourceApplicationSecurityGroups[*].properties.resourceGuid !
=properties.subnet.properties.networkSecurityGroup.properties.securityRules[*].properties.sourceApplicationSecurityGroups[*].properties.provisioningState !
=properties.subnet.properties.networkSecurityGroup.properties.securityRules[*].properties.sourceApplicationSecurityGroups[*].etag !
=properties.subnet.properties.networkSecurityGroup.properties.securityRules[*].properties.sourceApplicationSecurityGroups[*]
=properties.subnet.properties.networkSecurityGroup.properties.securityRules[*].properties.sourceApplicationSecurityGroups
=properties.subnet.properties.networkSecurityGroup.properties.securityRules[*].properties.sourceApplicationSecurityGroups[*].id
=properties.subnet.properties.networkSecurityGroup.properties.securityRules[*].properties.sourceApplicationSecurityGroups[*].name !
=properties.subnet.properties.networkSecurityGroup.properties.securityRules[*].properties.sourceApplicationSecurityGroups[*].type !
=properties.subnet.properties.networkSecurityGroup.properties.securityRules[*].properties.sourceApplicationSecurityGroups[*].location
=properties.subnet.properties.networkSecurityGroup.properties.securityRules[*].properties.sourceApplicationSecurityGroups[*].tags
=properties.subnet.properties.networkSecurityGroup.properties.securityRules[*].properties.destinationAddressPrefix
=properties.subnet.properties.networkSecurityGroup.properties.securityRules[*].properties.destinationAddressPrefixes[*]
=properties.subnet.properties.networkSecurityGroup.properties.securityRules[*].properties.destinationAddressPrefixes
=properties.subnet.properties.networkSecurityGroup.properties.securityRules[*].properties.destinationApplicationSecurityGroups[*].etag !
=properties.subnet.properties.networkSecurityGroup.properties.securityRules[*].properties.destinationApplicationSecurityGroups[*]
=properties.subnet.properties.networkSecurityGroup.properties.securityRules[*].properties.destinationApplicationSecurityGroups
=properties.subnet.properties.networkSecurityGroup.properties.securityRules[*].properties.sourcePortRanges[*]
=properties.subnet.properties.networkSecurityGroup.properties.securityRules[*].properties.sourcePortRanges
=properties.subnet.properties.networkSecurityGroup.properties.securityRules[*].properties.destinationPortRanges[*]
=properties.subnet.properties.networkSecurityGroup.properties.securityRules[*].properties.destinationPortRanges
=properties.subnet.properties.networkSecurityGroup.properties.securityRules[*].properties.access
=properties.subnet.properties.networkSecurityGroup.properties.securityRules[*].properties.priority
=properties.subnet.properties.networkSecurityGroup.properties.securityRules[*].properties.direction
=properties.subnet.properties.networkSecurityGroup.properties.securityRules[*].properties.provisioningState
=properties.subnet.properties.networkSecurityGroup.properties.securityRules[*].name
=properties.subnet.properties.networkSecurityGroup.properties.securityRules[*].etag
=properties.subnet.properties.networkSecurityGroup.properties.securityRules[*]
=properties.subnet.properties.networkSecurityGroup.properties.securityRules
=properties.subnet.properties.networkSecurityGroup.properties.securityRules[*].id
=properties.subnet.properties.networkSecurityGroup.properties.defaultSecurityRules[*].name
=properties.subnet.properties.networkSecurityGroup.properties.defaultSecurityRules[*].etag
=properties.subnet.properties.networkSecurityGroup.properties.defaultSecurityRules[*]
=properties.subnet.properties.networkSecurityGroup.properties.defaultSecurityRules
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.virtualMachine.id !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.virtualMachine !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint.etag !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.privateEndpoint !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.networkInterfaceTapConfigurations[*].properties.virtualNetworkTap.etag !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.networkInterfaceTapConfigurations[*].properties.virtualNetworkTap !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.networkInterfaceTapConfigurations[*].properties.provisioningState !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.networkInterfaceTapConfigurations[*].name !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.networkInterfaceTapConfigurations[*].etag !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.networkInterfaceTapConfigurations[*].type !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.networkInterfaceTapConfigurations[*] !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.networkInterfaceTapConfigurations !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.resourceGuid !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.provisioningState !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationNetworkInterfaceIPConfiguration.name !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationNetworkInterfaceIPConfiguration.etag !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationNetworkInterfaceIPConfiguration !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.inboundNatRules[*].id !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.inboundNatRules[*] !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.inboundNatRules !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.inboundNatPools[*].id !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.inboundNatPools[*] !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.inboundNatPools !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.outboundRules[*].id !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.outboundRules[*] !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.outboundRules !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.loadBalancingRules[*].id !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.loadBalancingRules[*] !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.loadBalancingRules !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.privateIPAddress !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.privateIPAllocationMethod !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.privateIPAddressVersion !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.sku.name !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.sku !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.publicIPAllocationMethod !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.publicIPAddressVersion !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.ipConfiguration.properties.privateIPAddress !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.ipConfiguration.properties.privateIPAllocationMethod !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.ipConfiguration.properties.provisioningState !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.ipConfiguration.name !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.ipConfiguration.etag !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.ipConfiguration !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.dnsSettings.domainNameLabel !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.dnsSettings.fqdn !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.dnsSettings.reverseFqdn !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.dnsSettings !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.ddosSettings.ddosCustomPolicy.id !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.ddosSettings.ddosCustomPolicy !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.ddosSettings.protectionCoverage !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.ddosSettings !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.ipTags[*].ipTagType !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.ipTags[*].tag !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.ipTags[*] !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.ipTags !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.ipAddress !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.publicIPPrefix.id !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.publicIPPrefix !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.idleTimeoutInMinutes !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.resourceGuid !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.properties.provisioningState !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.etag !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.zones[*] !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress.zones !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPAddress !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.publicIPPrefix !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.properties.provisioningState !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.name !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.etag !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.zones[*] !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.zones !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationPort !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].etag !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*] !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].name !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*].etag !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations[*] !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendIPConfigurations !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendAddresses[*].fqdn !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendAddresses[*].ipAddress !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendAddresses[*] !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.backendAddresses !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].properties.provisioningState !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].name !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].etag !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*].type !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools[*] !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationGatewayBackendAddressPools !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerBackendAddressPools[*].properties.backendIPConfigurations[*].name !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerBackendAddressPools[*].properties.backendIPConfigurations[*].etag !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerBackendAddressPools[*].properties.backendIPConfigurations[*] !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerBackendAddressPools[*].properties.backendIPConfigurations !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerBackendAddressPools[*].properties.loadBalancingRules[*] !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerBackendAddressPools[*].properties.loadBalancingRules !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerBackendAddressPools[*].properties.outboundRule.id !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerBackendAddressPools[*].properties.outboundRule !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerBackendAddressPools[*].properties.provisioningState !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerBackendAddressPools[*].name !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerBackendAddressPools[*].etag !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerBackendAddressPools[*] !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerBackendAddressPools !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerInboundNatRules[*].properties.frontendIPConfiguration.id !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerInboundNatRules[*].properties.frontendIPConfiguration !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerInboundNatRules[*].properties.backendIPConfiguration.name !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerInboundNatRules[*].properties.backendIPConfiguration.etag !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerInboundNatRules[*].properties.backendIPConfiguration !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerInboundNatRules[*].properties.protocol !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerInboundNatRules[*].properties.frontendPort !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerInboundNatRules[*].properties.backendPort !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerInboundNatRules[*].properties.idleTimeoutInMinutes !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerInboundNatRules[*].properties.enableFloatingIP !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerInboundNatRules[*].properties.enableTcpReset !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerInboundNatRules[*].properties.provisioningState !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerInboundNatRules[*].name !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerInboundNatRules[*].etag !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerInboundNatRules[*] !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerInboundNatRules !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.privateIPAddress !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.privateIPAllocationMethod !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.privateIPAddressVersion !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.primary !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.publicIPAddress.sku !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.publicIPAddress.etag !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.publicIPAddress.zones[*] !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.publicIPAddress.zones !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.publicIPAddress !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationSecurityGroups[*].etag !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationSecurityGroups[*] !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.applicationSecurityGroups !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.provisioningState !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].name !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].etag !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*] !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.tapConfigurations[*].name !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.tapConfigurations[*].etag !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.tapConfigurations[*].type !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.tapConfigurations[*] !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.tapConfigurations !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.dnsSettings.dnsServers[*] !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.dnsSettings.dnsServers !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.dnsSettings.appliedDnsServers[*] !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.dnsSettings.appliedDnsServers !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.dnsSettings.internalDnsNameLabel !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.dnsSettings.internalFqdn !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.dnsSettings.internalDomainNameSuffix !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.dnsSettings !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.macAddress !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.primary !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.enableAcceleratedNetworking !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.enableIPForwarding !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.hostedWorkloads[*] !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.hostedWorkloads !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.resourceGuid !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.provisioningState !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].etag !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*] !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces !
=properties.subnet.properties.networkSecurityGroup.properties.subnets[*].name !
=properties.subnet.properties.networkSecurityGroup.properties.subnets[*].etag !
=properties.subnet.properties.networkSecurityGroup.properties.subnets[*] !
=properties.subnet.properties.networkSecurityGroup.properties.subnets !
=properties.subnet.properties.networkSecurityGroup.properties.resourceGuid
=properties.subnet.properties.networkSecurityGroup.properties.provisioningState
=properties.subnet.properties.networkSecurityGroup.etag
=properties.subnet.properties.networkSecurityGroup
=properties.subnet.properties.routeTable.properties.routes[*].properties.addressPrefix
=properties.subnet.properties.routeTable.properties.routes[*].properties.nextHopType
=properties.subnet.properties.routeTable.properties.routes[*].properties.nextHopIpAddress
=properties.subnet.properties.routeTable.properties.routes[*].properties.provisioningState
=properties.subnet.properties.routeTable.properties.routes[*].name
=properties.subnet.properties.routeTable.properties.routes[*].etag
=properties.subnet.properties.routeTable.properties.routes[*]
=properties.subnet.properties.routeTable.properties.routes
=properties.subnet.properties.routeTable.properties.subnets[*] !
=properties.subnet.properties.routeTable.properties.subnets !
=properties.subnet.properties.routeTable.properties.disableBgpRoutePropagation
=properties.subnet.properties.routeTable.properties.provisioningState
=properties.subnet.properties.routeTable.etag
=properties.subnet.properties.routeTable
=properties.subnet.properties.natGateway.id
=properties.subnet.properties.natGateway
=properties.subnet.properties.serviceEndpoints[*].service
=properties.subnet.properties.serviceEndpoints[*].locations[*]
=properties.subnet.properties.serviceEndpoints[*].locations
=properties.subnet.properties.serviceEndpoints[*].provisioningState
=properties.subnet.properties.serviceEndpoints[*]
=properties.subnet.properties.serviceEndpoints
=properties.subnet.properties.serviceEndpointPolicies[*].properties.serviceEndpointPolicyDefinitions[*].properties.description
=properties.subnet.properties.serviceEndpointPolicies[*].properties.serviceEndpointPolicyDefinitions[*].properties.service
=properties.subnet.properties.serviceEndpointPolicies[*].properties.serviceEndpointPolicyDefinitions[*].properties.serviceResources[*]
=properties.subnet.properties.serviceEndpointPolicies[*].properties.serviceEndpointPolicyDefinitions[*].properties.serviceResources
=properties.subnet.properties.serviceEndpointPolicies[*].properties.serviceEndpointPolicyDefinitions[*].properties.provisioningState !
=properties.subnet.properties.serviceEndpointPolicies[*].properties.serviceEndpointPolicyDefinitions[*].name
=properties.subnet.properties.serviceEndpointPolicies[*].properties.serviceEndpointPolicyDefinitions[*].etag
=properties.subnet.properties.serviceEndpointPolicies[*].properties.serviceEndpointPolicyDefinitions[*]
=properties.subnet.properties.serviceEndpointPolicies[*].properties.serviceEndpointPolicyDefinitions
=properties.subnet.properties.serviceEndpointPolicies[*].properties.subnets[*] !
=properties.subnet.properties.serviceEndpointPolicies[*].properties.subnets !
=properties.subnet.properties.serviceEndpointPolicies[*].properties.resourceGuid !
=properties.subnet.properties.serviceEndpointPolicies[*].properties.provisioningState !
=properties.subnet.properties.serviceEndpointPolicies[*].etag
=properties.subnet.properties.serviceEndpointPolicies[*]
=properties.subnet.properties.serviceEndpointPolicies
=properties.subnet.properties.privateEndpoints[*].etag !
=properties.subnet.properties.privateEndpoints[*] !
=properties.subnet.properties.privateEndpoints !
=properties.subnet.properties.ipConfigurations[*].name !
=properties.subnet.properties.ipConfigurations[*].etag !
=properties.subnet.properties.ipConfigurations[*] !
=properties.subnet.properties.ipConfigurations !
=properties.subnet.properties.ipConfigurationProfiles[*].properties.provisioningState !
=properties.subnet.properties.ipConfigurationProfiles[*].name !
=properties.subnet.properties.ipConfigurationProfiles[*].type !
=properties.subnet.properties.ipConfigurationProfiles[*].etag !
=properties.subnet.properties.ipConfigurationProfiles[*] !
=properties.subnet.properties.ipConfigurationProfiles !
=properties.subnet.properties.resourceNavigationLinks[*].properties.linkedResourceType
=properties.subnet.properties.resourceNavigationLinks[*].properties.link
=properties.subnet.properties.resourceNavigationLinks[*].properties.provisioningState !
=properties.subnet.properties.resourceNavigationLinks[*].name
=properties.subnet.properties.resourceNavigationLinks[*].id
=properties.subnet.properties.resourceNavigationLinks[*].etag !
=properties.subnet.properties.resourceNavigationLinks[*].type !
=properties.subnet.properties.resourceNavigationLinks[*]
=properties.subnet.properties.resourceNavigationLinks
=properties.subnet.properties.serviceAssociationLinks[*].properties.linkedResourceType
=properties.subnet.properties.serviceAssociationLinks[*].properties.link
=properties.subnet.properties.serviceAssociationLinks[*].properties.provisioningState !
=properties.subnet.properties.serviceAssociationLinks[*].properties.allowDelete !
=properties.subnet.properties.serviceAssociationLinks[*].properties.locations[*] !
=properties.subnet.properties.serviceAssociationLinks[*].properties.locations !
=properties.subnet.properties.serviceAssociationLinks[*].name
=properties.subnet.properties.serviceAssociationLinks[*].etag !
=properties.subnet.properties.serviceAssociationLinks[*].type !
=properties.subnet.properties.serviceAssociationLinks[*]
=properties.subnet.properties.serviceAssociationLinks
=properties.subnet.properties.delegations[*].properties.serviceName
=properties.subnet.properties.delegations[*].properties.actions[*]
=properties.subnet.properties.delegations[*].properties.actions
=properties.subnet.properties.delegations[*].properties.provisioningState !
=properties.subnet.properties.delegations[*].name
=properties.subnet.properties.delegations[*].etag
=properties.subnet.properties.delegations[*]
=properties.subnet.properties.delegations
=properties.subnet.properties.purpose !
=properties.subnet.properties.provisioningState
=properties.subnet.properties.privateEndpointNetworkPolicies
=properties.subnet.properties.privateLinkServiceNetworkPolicies
subnet.name
subnet.etag
subnet
networkInterfaces[*] !
networkInterfaces !
provisioningState !
=properties.privateLinkServiceConnections[*].properties.privateLinkServiceId
=properties.privateLinkServiceConnections[*].properties.groupIds[*]
=properties.privateLinkServiceConnections[*].properties.groupIds
=properties.privateLinkServiceConnections[*].properties.requestMessage
=properties.privateLinkServiceConnections[*].properties.privateLinkServiceConnectionState.status
=properties.privateLinkServiceConnections[*].properties.privateLinkServiceConnectionState.description
=properties.privateLinkServiceConnections[*].properties.privateLinkServiceConnectionState.actionRequired !
=properties.privateLinkServiceConnections[*].properties.privateLinkServiceConnectionState
privateLinkServiceConnections[*].name
privateLinkServiceConnections[*]
privateLinkServiceConnections
manualPrivateLinkServiceConnections[*].name
manualPrivateLinkServiceConnections[*]
manualPrivateLinkServiceConnections
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.virtualNetworkTaps[*].properties.destinationLoadBalancerFrontEndIPConfiguration.type !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerBackendAddressPools[*].properties.outboundRules[*] !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerBackendAddressPools[*].properties.outboundRules !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerBackendAddressPools[*].type !
=properties.subnet.properties.networkSecurityGroup.properties.networkInterfaces[*].properties.ipConfigurations[*].properties.loadBalancerInboundNatRules[*].type !
subnet.id
networkInterfaces[*].etag !
networkInterfaces[*].id !
networkInterfaces[*].name !
networkInterfaces[*].type !
networkInterfaces[*].location !
networkInterfaces[*].tags !
=properties.privateLinkServiceConnections[*].properties.provisioningState !
privateLinkServiceConnections[*].type !
privateLinkServiceConnections[*].etag !
privateLinkServiceConnections[*].id
=properties.manualPrivateLinkServiceConnections[*].properties.provisioningState !
=properties.manualPrivateLinkServiceConnections[*].properties.privateLinkServiceId
=properties.manualPrivateLinkServiceConnections[*].properties.groupIds[*]
=properties.manualPrivateLinkServiceConnections[*].properties.groupIds
=properties.manualPrivateLinkServiceConnections[*].properties.requestMessage
=properties.manualPrivateLinkServiceConnections[*].properties.privateLinkServiceConnectionState.status
=properties.manualPrivateLinkServiceConnections[*].properties.privateLinkServiceConnectionState.description
=properties.manualPrivateLinkServiceConnections[*].properties.privateLinkServiceConnectionState.actionRequired !
=properties.manualPrivateLinkServiceConnections[*].properties.privateLinkServiceConnectionState
manualPrivateLinkServiceConnections[*].type !
manualPrivateLinkServiceConnections[*].etag !
manualPrivateLinkServiceConnections[*].id
=properties.privateLinkServiceConnections[*].properties.privateLinkServiceConnectionState.actionsRequired
=properties.manualPrivateLinkServiceConnections[*].properties.privateLinkServiceConnectionState.actionsRequired
customDnsConfigs[*].fqdn
customDnsConfigs[*].ipAddresses[*]
customDnsConfigs[*].ipAddresses
customDnsConfigs[*]
customDnsConfigs
privateDnsZoneGroups.privateDnsZoneConfigs[*].name = properties.privateDnsZoneConfigs[*].name !
privateDnsZoneGroups.privateDnsZoneConfigs[*].privateDnsZoneId = properties.privateDnsZoneConfigs[*].properties.privateDnsZoneId !
privateDnsZoneGroups.privateDnsZoneConfigs[*].recordSets[*].recordType = properties.privateDnsZoneConfigs[*].properties.recordSets[*].recordType !
privateDnsZoneGroups.privateDnsZoneConfigs[*].recordSets[*].recordSetName = properties.privateDnsZoneConfigs[*].properties.recordSets[*].recordSetName !
privateDnsZoneGroups.privateDnsZoneConfigs[*].recordSets[*].fqdn = properties.privateDnsZoneConfigs[*].properties.recordSets[*].fqdn !
privateDnsZoneGroups.privateDnsZoneConfigs[*].recordSets[*].provisioningState = properties.privateDnsZoneConfigs[*].properties.recordSets[*].provisioningState !
privateDnsZoneGroups.privateDnsZoneConfigs[*].recordSets[*].ttl = properties.privateDnsZoneConfigs[*].properties.recordSets[*].ttl !
privateDnsZoneGroups.privateDnsZoneConfigs[*].recordSets[*].ipAddresses[*] = properties.privateDnsZoneConfigs[*].properties.recordSets[*].ipAddresses[*] !
privateDnsZoneGroups.privateDnsZoneConfigs[*].recordSets[*].ipAddresses = properties.privateDnsZoneConfigs[*].properties.recordSets[*].ipAddresses !
privateDnsZoneGroups.privateDnsZoneConfigs[*].recordSets[*] = properties.privateDnsZoneConfigs[*].properties.recordSets[*] !
privateDnsZoneGroups.privateDnsZoneConfigs[*].recordSets = properties.privateDnsZoneConfigs[*].properties.recordSets !
privateDnsZoneGroups.privateDnsZoneConfigs[*] = properties.privateDnsZoneConfigs[*] !
privateDnsZoneGroups.privateDnsZoneConfigs = properties.privateDnsZoneConfigs !
networkInterfaces[*].extendedLocation !
networkInterfaces[*].extendedLocation.name !
networkInterfaces[*].extendedLocation.type !
=properties.networkInterfaces[*].properties.virtualMachine !
=properties.networkInterfaces[*].properties.virtualMachine.id !
=properties.networkInterfaces[*].properties.networkSecurityGroup !
=properties.networkInterfaces[*].properties.networkSecurityGroup.etag !
=properties.networkInterfaces[*].properties.privateEndpoint !
=properties.networkInterfaces[*].properties.privateEndpoint.etag !
=properties.networkInterfaces[*].properties.ipConfigurations !
=properties.networkInterfaces[*].properties.ipConfigurations[*] !
=properties.networkInterfaces[*].properties.ipConfigurations[*].name !
=properties.networkInterfaces[*].properties.ipConfigurations[*].etag !
=properties.networkInterfaces[*].properties.tapConfigurations !
=properties.networkInterfaces[*].properties.tapConfigurations[*] !
=properties.networkInterfaces[*].properties.tapConfigurations[*].name !
=properties.networkInterfaces[*].properties.tapConfigurations[*].etag !
=properties.networkInterfaces[*].properties.tapConfigurations[*].type !
=properties.networkInterfaces[*].properties.dnsSettings !
=properties.networkInterfaces[*].properties.dnsSettings.dnsServers !
=properties.networkInterfaces[*].properties.dnsSettings.dnsServers[*] !
=properties.networkInterfaces[*].properties.dnsSettings.appliedDnsServers !
=properties.networkInterfaces[*].properties.dnsSettings.appliedDnsServers[*] !
=properties.networkInterfaces[*].properties.dnsSettings.internalDnsNameLabel !
=properties.networkInterfaces[*].properties.dnsSettings.internalFqdn !
=properties.networkInterfaces[*].properties.dnsSettings.internalDomainNameSuffix !
=properties.networkInterfaces[*].properties.macAddress !
=properties.networkInterfaces[*].properties.primary !
=properties.networkInterfaces[*].properties.enableAcceleratedNetworking !
=properties.networkInterfaces[*].properties.enableIPForwarding !
=properties.networkInterfaces[*].properties.hostedWorkloads !
=properties.networkInterfaces[*].properties.hostedWorkloads[*] !
=properties.networkInterfaces[*].properties.resourceGuid !
=properties.networkInterfaces[*].properties.provisioningState !
=properties.subnet.properties.ipAllocations
=properties.subnet.properties.ipAllocations[*]
=properties.subnet.properties.ipAllocations[*].id
=properties.networkInterfaces[*].properties.dscpConfiguration !
=properties.networkInterfaces[*].properties.dscpConfiguration.id !
subnet.type
=properties.networkInterfaces[*].properties.ipConfigurations[*].type !
=properties.networkInterfaces[*].properties.nicType !
=properties.networkInterfaces[*].properties.privateLinkService !
=properties.networkInterfaces[*].properties.privateLinkService.etag !
=properties.subnet.properties.delegations[*].type
=properties.subnet.properties.applicationGatewayIpConfigurations
=properties.subnet.properties.applicationGatewayIpConfigurations[*]
=properties.subnet.properties.applicationGatewayIpConfigurations[*].name
=properties.subnet.properties.applicationGatewayIpConfigurations[*].etag !
=properties.subnet.properties.applicationGatewayIpConfigurations[*].type !
=properties.networkInterfaces[*].properties.migrationPhase !
=properties.subnet.properties.serviceEndpointPolicies[*].kind !
=properties.networkInterfaces[*].properties.workloadType !
resourceGuid !
=properties.privateLinkServiceConnections[*].properties.resolvedPrivateLinkServiceLocation !
=properties.manualPrivateLinkServiceConnections[*].properties.resolvedPrivateLinkServiceLocation !
applicationSecurityGroups
applicationSecurityGroups[*]
applicationSecurityGroups[*].id
applicationSecurityGroups[*].name !
applicationSecurityGroups[*].type !
applicationSecurityGroups[*].location
applicationSecurityGroups[*].tags
=properties.applicationSecurityGroups[*].properties.resourceGuid !
=properties.applicationSecurityGroups[*].properties.provisioningState !
applicationSecurityGroups[*].etag !
ipConfigurations
ipConfigurations[*]
=properties.ipConfigurations[*].properties.groupId
=properties.ipConfigurations[*].properties.memberName
=properties.ipConfigurations[*].properties.privateIPAddress
ipConfigurations[*].name
ipConfigurations[*].type !
ipConfigurations[*].etag !
customNetworkInterfaceName
=properties.networkInterfaces[*].properties.vnetEncryptionSupported !
=properties.networkInterfaces[*].properties.auxiliaryMode !
=properties.networkInterfaces[*].properties.disableTcpStateTracking !
=properties.networkInterfaces[*].properties.auxiliarySku !
=properties.subnet.properties.defaultOutboundAccess
=properties.subnet.properties.sharingScope
=properties.subnet.properties.networkSecurityGroup.id
=properties.subnet.properties.networkSecurityGroup.name !
=properties.subnet.properties.networkSecurityGroup.type !
=properties.subnet.properties.networkSecurityGroup.location
=properties.subnet.properties.networkSecurityGroup.tags
=properties.subnet.properties.routeTable.id
=properties.subnet.properties.routeTable.name !
=properties.subnet.properties.routeTable.type !
=properties.subnet.properties.routeTable.location
=properties.subnet.properties.routeTable.tags
=properties.subnet.properties.serviceEndpointPolicies[*].id
=properties.subnet.properties.serviceEndpointPolicies[*].name !
=properties.subnet.properties.serviceEndpointPolicies[*].type !
=properties.subnet.properties.serviceEndpointPolicies[*].location
=properties.subnet.properties.serviceEndpointPolicies[*].tags
=properties.subnet.properties.privateEndpoints[*].id !
=properties.subnet.properties.privateEndpoints[*].name !
=properties.subnet.properties.privateEndpoints[*].type !
=properties.subnet.properties.privateEndpoints[*].location !
=properties.subnet.properties.privateEndpoints[*].tags !
=properties.subnet.properties.ipConfigurations[*].id !
=properties.subnet.properties.ipConfigurationProfiles[*].id !
=properties.subnet.properties.serviceAssociationLinks[*].id
=properties.subnet.properties.delegations[*].id
=properties.networkInterfaces[*].properties.networkSecurityGroup.id !
=properties.networkInterfaces[*].properties.networkSecurityGroup.name !
=properties.networkInterfaces[*].properties.networkSecurityGroup.type !
=properties.networkInterfaces[*].properties.networkSecurityGroup.location !
=properties.networkInterfaces[*].properties.networkSecurityGroup.tags !
=properties.networkInterfaces[*].properties.privateEndpoint.id !
=properties.networkInterfaces[*].properties.privateEndpoint.name !
=properties.networkInterfaces[*].properties.privateEndpoint.type !
=properties.networkInterfaces[*].properties.privateEndpoint.location !
=properties.networkInterfaces[*].properties.privateEndpoint.tags !
=properties.networkInterfaces[*].properties.ipConfigurations[*].id !
=properties.networkInterfaces[*].properties.tapConfigurations[*].id !
=properties.networkInterfaces[*].properties.privateLinkService.id !
=properties.networkInterfaces[*].properties.privateLinkService.name !
=properties.networkInterfaces[*].properties.privateLinkService.type !
=properties.networkInterfaces[*].properties.privateLinkService.location !
=properties.networkInterfaces[*].properties.privateLinkService.tags !
=properties.subnet.properties.privateEndpoints[*].extendedLocation !
=properties.subnet.properties.applicationGatewayIpConfigurations[*].id
=properties.networkInterfaces[*].properties.privateEndpoint.extendedLocation !
=properties.networkInterfaces[*].properties.privateLinkService.extendedLocation !
=properties.subnet.properties.serviceEndpoints[*].networkIdentifier
=properties.subnet.properties.ipamPoolPrefixAllocations
=properties.subnet.properties.ipamPoolPrefixAllocations[*]
=properties.subnet.properties.ipamPoolPrefixAllocations[*].pool !
=properties.subnet.properties.ipamPoolPrefixAllocations[*].numberOfIpAddresses
=properties.subnet.properties.ipamPoolPrefixAllocations[*].allocatedAddressPrefixes !
=properties.subnet.properties.ipamPoolPrefixAllocations[*].allocatedAddressPrefixes[*] !
=properties.networkInterfaces[*].properties.defaultOutboundConnectivityEnabled !
ipVersionType !`,
    "Microsoft.Network/privateEndpoints/privateDnsZoneGroups": `
provisioningState !
privateDnsZoneConfigs[*].name
=properties.privateDnsZoneConfigs[*].properties.privateDnsZoneId
=properties.privateDnsZoneConfigs[*].properties.recordSets[*].recordType !
=properties.privateDnsZoneConfigs[*].properties.recordSets[*].recordSetName !
=properties.privateDnsZoneConfigs[*].properties.recordSets[*].fqdn !
=properties.privateDnsZoneConfigs[*].properties.recordSets[*].provisioningState !
=properties.privateDnsZoneConfigs[*].properties.recordSets[*].ttl !
=properties.privateDnsZoneConfigs[*].properties.recordSets[*].ipAddresses[*] !
=properties.privateDnsZoneConfigs[*].properties.recordSets[*].ipAddresses !
=properties.privateDnsZoneConfigs[*].properties.recordSets[*] !
=properties.privateDnsZoneConfigs[*].properties.recordSets !
privateDnsZoneConfigs[*]
privateDnsZoneConfigs
privateDnsZoneConfigs[*].id !
privateDnsZoneConfigs[*].type !
privateDnsZoneConfigs[*].etag !
=properties.privateDnsZoneConfigs[*].properties.provisioningState !`,
};
